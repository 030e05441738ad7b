import type { EmulatorContext } from '../../context.js';
import { json, type Router, type Unmatched } from '../../router.js';
import type { NhnRegion } from '../state.js';
import { networkCall } from './access.js';
import { neutronError, notFound } from './errors.js';

/** The collections `GET /v2.0/` lists (the resources this emulator serves). */
const RESOURCES: [name: string, collection: string][] = [
  ['network', 'networks'],
  ['subnet', 'subnets'],
  ['port', 'ports'],
  ['floatingip', 'floatingips'],
  ['security_group', 'security-groups'],
  ['security_group_rule', 'security-group-rules'],
  ['vpc', 'vpcs'],
  ['vpcsubnet', 'vpcsubnets'],
  ['routingtable', 'routingtables'],
  ['internetgateway', 'internetgateways'],
];

/**
 * [guess] NHN does not publish its extension list: these are upstream Neutron extensions the
 * emulated resources behave like. "Availability Zone" is deliberately absent: with it the
 * clients would go on to `/v2.0/availability_zones`, which NHN does not document.
 */
const EXTENSIONS: [alias: string, name: string, description: string][] = [
  ['external-net', 'Neutron external network', 'Adds external network attribute to network resource.'],
  ['security-group', 'security-group', 'The security groups extension.'],
  ['port-security', 'Port Security', 'Provides port security'],
  ['binding', 'Port Binding', 'Expose port bindings of a virtual port to external application'],
  ['allowed-address-pairs', 'Allowed Address Pairs', 'Provides allowed address pairs'],
  ['extra_dhcp_opt', 'Neutron Extra DHCP options', 'Extra options configuration for DHCP. For example PXE boot options to DHCP clients can be specified (e.g. tftp-server, server-ip-address, bootfile-name)'],
  ['project-id', 'project_id field enabled', 'Extension that indicates that project_id field is enabled.'],
  ['quotas', 'Quota management support', 'Expose functions for quotas management per project'],
];

function extensionBody([alias, name, description]: (typeof EXTENSIONS)[number]): Record<string, unknown> {
  return { alias, name, description, updated: '2013-01-20T00:00:00-00:00', links: [] };
}

/** Neutron's root version list (no token), `GET /v2.0/` resources, and the extension list. */
export function registerDiscoveryRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/', (req) =>
    json(200, { versions: [{ status: 'CURRENT', id: 'v2.0', links: [{ href: `${ctx.nhnServiceUrl(req.region as NhnRegion, 'network')}/v2.0`, rel: 'self' }] }] }),
  );
  router.get('/v2.0', (req) => {
    networkCall(ctx, req);
    const root = `${ctx.nhnServiceUrl(req.region as NhnRegion, 'network')}/v2.0`;
    return json(200, { resources: RESOURCES.map(([name, collection]) => ({ name, collection, links: [{ rel: 'self', href: `${root}/${collection}` }] })) });
  });
  router.get('/v2.0/extensions', (req) => {
    networkCall(ctx, req);
    return json(200, { extensions: EXTENSIONS.map(extensionBody) });
  });
  router.get('/v2.0/extensions/:alias', (req) => {
    networkCall(ctx, req);
    const extension = EXTENSIONS.find(([alias]) => alias === req.params.alias);
    if (!extension) throw notFound('ExtensionNotFound', `Extension with alias ${req.params.alias} does not exist`);
    return json(200, { extension: extensionBody(extension) });
  });
}

/** What Neutron answers for paths and methods it does not serve. */
export const networkUnmatched: Unmatched = (_req, kind) =>
  kind === 'not-found'
    ? neutronError(404, 'HTTPNotFound', 'The resource could not be found.').response
    : // [guess] the wording of Neutron's 405.
      neutronError(405, 'HTTPMethodNotAllowed', 'The method is not allowed for the requested resource.').response;
