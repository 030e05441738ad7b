import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { eventually, execute, useStack } from './kit.js';
import { regionId, requestsStartingWith, writesTo } from './network-fixtures.js';

const stack = useStack();
const REGION = 'kr1';

graphql(`
  fragment FipErrors on UserError {
    __typename
    code
    message
    ... on ValidationError { field }
    ... on ConflictError { currentStatus }
    ... on NotFoundError { resourceType }
  }
`);

graphql(`
  fragment FipFields on FloatingIp {
    id address status rawStatus fixedIpAddress label
    port { id }
    server { id name }
  }
`);

const CreateFloatingIp = graphql(`
  mutation FipCreate($input: CreateFloatingIpInput!) {
    createFloatingIp(input: $input) { floatingIp { ...FipFields } errors { ...FipErrors } }
  }
`);
const Associate = graphql(`
  mutation FipAssociate($id: ID!, $serverId: ID, $portId: ID) {
    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { ...FipFields } errors { ...FipErrors } }
  }
`);
const Disassociate = graphql(`
  mutation FipDisassociate($id: ID!) {
    disassociateFloatingIp(id: $id) { floatingIp { ...FipFields } errors { ...FipErrors } }
  }
`);
const DeleteFloatingIp = graphql(`
  mutation FipDelete($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...FipErrors } } }
`);
const DetachInternetGateway = graphql(`
  mutation FipDetachGateway($routingTableId: ID!) {
    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } } errors { ...FipErrors } }
  }
`);
const CreatePort = graphql(`
  mutation FipCreatePort($input: CreatePortInput!) {
    createPort(input: $input) { port { id } errors { ...FipErrors } }
  }
`);
const Servers = graphql(`
  query FipServers($name: String!) {
    region(provider: NHN, name: $name) {
      servers(first: 100) {
        edges {
          node {
            id name status
            addresses { address type subnet { id name } }
            floatingIps { id address status }
          }
        }
      }
      floatingIps { ...FipFields }
      vpcs { defaultRoutingTable { id } subnets { id name } }
    }
  }
`);

async function region() {
  return (await execute(stack().client, Servers, { variables: { name: REGION } })).expectNoGraphQLErrors().region!;
}

async function server(name: string) {
  return (await region()).servers!.edges.map((e) => e.node).find((s) => s.name === name)!;
}

async function createFip(input: { serverId?: string; label?: string; idempotencyKey?: string } = {}) {
  const r = (await execute(stack().client, CreateFloatingIp, { variables: { input: { regionId: regionId(REGION), ...input } } })).expectNoGraphQLErrors().createFloatingIp;
  expect(r.errors).toEqual([]);
  return r.floatingIp!;
}

describe('floating IPs', () => {
  // web-01 and web-02 hold the seeded floating IPs; the api servers have none.
  let apiId: string;
  let otherId: string;
  beforeAll(async () => {
    apiId = (await server('api-01')).id;
    otherId = (await server('api-02')).id;
  });

  it('should allocate, associate (shown on Server.addresses and Server.floatingIps), disassociate and release a floating IP', async () => {
    const { client } = stack();
    const fip = await createFip({ label: 'apiPublic' });
    expect(fip).toMatchObject({ status: 'DOWN', port: null, server: null, fixedIpAddress: null, label: 'apiPublic' });

    const associated = (await execute(client, Associate, { variables: { id: fip.id, serverId: apiId } })).expectNoGraphQLErrors().associateFloatingIp;
    expect(associated.errors).toEqual([]);
    expect(associated.floatingIp).toMatchObject({ id: fip.id, server: { id: apiId, name: 'api-01' }, fixedIpAddress: expect.stringMatching(/^192\.168\.0\./) });
    // NHN answers the association still DOWN; ACTIVE follows (nhn-network §7).
    await eventually(async () => ((await region()).floatingIps!.find((f) => f.id === fip.id)?.status === 'ACTIVE' ? true : undefined));

    const api = await server('api-01');
    expect(api.floatingIps).toEqual([{ id: fip.id, address: fip.address, status: 'ACTIVE' }]);
    const floating = api.addresses.find((a) => a.address === fip.address);
    expect(floating).toMatchObject({ type: 'FLOATING', subnet: { name: 'Default Network' } });
    const fixed = api.addresses.find((a) => a.address === associated.floatingIp!.fixedIpAddress);
    expect(fixed).toMatchObject({ type: 'FIXED', subnet: { name: 'Default Network' } });

    const off = (await execute(client, Disassociate, { variables: { id: fip.id } })).expectNoGraphQLErrors().disassociateFloatingIp;
    expect(off.floatingIp).toMatchObject({ status: 'DOWN', port: null, server: null });
    const after = await server('api-01');
    expect(after.floatingIps).toEqual([]);
    expect(after.addresses.map((a) => a.address)).not.toContain(fip.address);

    expect((await execute(client, DeleteFloatingIp, { variables: { id: fip.id } })).expectNoGraphQLErrors().deleteFloatingIp).toEqual({ deletedId: fip.id, errors: [] });
    expect((await region()).floatingIps!.map((f) => f.id)).not.toContain(fip.id);
  });

  it('should show the seeded floating IPs on the servers they are associated with', async () => {
    const r = await region();
    const web01 = r.servers!.edges.map((e) => e.node).find((s) => s.name === 'web-01')!;
    expect(web01.floatingIps).toHaveLength(1);
    const fip = r.floatingIps!.find((f) => f.id === web01.floatingIps![0]!.id)!;
    expect(fip).toMatchObject({ status: 'ACTIVE', server: { id: web01.id, name: 'web-01' } });
    expect(web01.addresses).toContainEqual({ address: fip.address, type: 'FLOATING', subnet: expect.objectContaining({ name: 'Default Network' }) });
    expect(web01.addresses).toContainEqual({ address: fip.fixedIpAddress, type: 'FIXED', subnet: expect.objectContaining({ name: 'Default Network' }) });
  });

  it('should refuse to release or re-point an associated floating IP, naming its server, changing nothing', async () => {
    const { client, emulator } = stack();
    const fip = await createFip({ serverId: otherId });
    expect(fip.server).toMatchObject({ id: otherId, name: 'api-02' });
    const writes = writesTo(emulator, REGION, 'network');

    const release = (await execute(client, DeleteFloatingIp, { variables: { id: fip.id } })).expectNoGraphQLErrors().deleteFloatingIp;
    expect(release.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: `Floating IP ${fip.address} is associated with server "api-02"; disassociate it first` })]);
    const repoint = (await execute(client, Associate, { variables: { id: fip.id, serverId: apiId } })).expectNoGraphQLErrors().associateFloatingIp;
    expect(repoint.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('associated with server "api-02"') })]);
    expect(writesTo(emulator, REGION, 'network')).toBe(writes);

    // The cloud's own 409: the internet gateway cannot go while a floating IP routes through it.
    const table = (await region()).vpcs!.find((v) => v.subnets!.some((s) => s.name === 'Default Network'))!.defaultRoutingTable!;
    const detach = (await execute(client, DetachInternetGateway, { variables: { routingTableId: table.id } })).expectNoGraphQLErrors().detachInternetGateway;
    expect(detach.routingTable).toBeNull();
    expect(detach.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('floating IP') })]);

    await execute(client, Disassociate, { variables: { id: fip.id } });
    expect((await execute(client, DeleteFloatingIp, { variables: { id: fip.id } })).expectNoGraphQLErrors().deleteFloatingIp.errors).toEqual([]);
  });

  it('should make one floating IP for one idempotency key', async () => {
    const { emulator } = stack();
    const creates = requestsStartingWith(emulator, `POST /nhn/${REGION}/network/v2.0/floatingips`);
    const first = await createFip({ idempotencyKey: 'fip-once' });
    const second = await createFip({ idempotencyKey: 'fip-once' });
    expect(second.id).toBe(first.id);
    expect(requestsStartingWith(emulator, `POST /nhn/${REGION}/network/v2.0/floatingips`)).toBe(creates + 1);
    await execute(stack().client, DeleteFloatingIp, { variables: { id: first.id } });
  });

  it('should report a port whose subnet has no internet gateway as a ConflictError', async () => {
    const { client } = stack();
    const privateSubnet = (await region()).vpcs!.flatMap((v) => v.subnets).find((s) => s!.name === 'private-subnet')!;
    const port = (await execute(client, CreatePort, { variables: { input: { subnetId: privateSubnet.id, name: 'inside' } } })).expectNoGraphQLErrors().createPort.port!;
    const fip = await createFip();
    const r = (await execute(client, Associate, { variables: { id: fip.id, portId: port.id } })).expectNoGraphQLErrors().associateFloatingIp;
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringMatching(/not reachable/) })]);
    await execute(client, DeleteFloatingIp, { variables: { id: fip.id } });
  });

  it('should refuse an association without a target, and one naming a server that does not exist', async () => {
    const { client } = stack();
    const fip = await createFip();
    const none = (await execute(client, Associate, { variables: { id: fip.id } })).expectNoGraphQLErrors().associateFloatingIp;
    expect(none.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError' })]);
    const ghost = Buffer.from(`Server:NHN:${REGION}:00000000-0000-4000-8000-000000000000`).toString('base64');
    const missing = (await execute(client, Associate, { variables: { id: fip.id, serverId: ghost } })).expectNoGraphQLErrors().associateFloatingIp;
    expect(missing.errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Server' })]);
    await execute(client, DeleteFloatingIp, { variables: { id: fip.id } });
  });
});
