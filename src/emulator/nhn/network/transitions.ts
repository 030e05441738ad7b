import { Lifecycle, type Machine, statusMachine } from '../../transitions.js';
import type { FloatingIp, InternetGateway, Port } from './state.js';

/** Nothing here is refused for its state: Neutron's refusals name other resources, and the callers check them. */
const never = (): never => {
  throw new Error('no row of this table is refused for its state');
};

/** Floating IPs: `DOWN` while being associated, `ACTIVE` one transition later. */
export const floatingIpLifecycle = new Lifecycle(statusMachine<FloatingIp, FloatingIp['status']>({ refuse: never }), {
  associate: { via: 'DOWN', steps: [{ factor: 1, to: 'ACTIVE' }] },
});

/** Ports: `DOWN` when bound to a server, `ACTIVE` one transition later. */
export const portLifecycle = new Lifecycle(statusMachine<Port, Port['status']>({ refuse: never }), {
  bind: { via: 'DOWN', steps: [{ factor: 1, to: 'ACTIVE' }] },
});

const gatewayMachine: Machine<InternetGateway, InternetGateway['state'], never> = {
  id: (gateway) => gateway.id,
  state: (gateway) => gateway.state,
  allows: () => true,
  refuse: never,
  enter: (_ctx, gateway, state) => void (gateway.state = state),
};

/** Internet gateways: `available` one transition after being attached to a routing table, so pollers see the change happen. */
export const gatewayLifecycle = new Lifecycle(gatewayMachine, {
  attach: { steps: [{ factor: 1, to: 'available' }] },
});
