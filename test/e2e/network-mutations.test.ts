import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { injectFault } from './compute-fixtures.js';
import { eventually, execute, useStack } from './kit.js';
import { regionId, requestsStartingWith, writesTo } from './network-fixtures.js';

const stack = useStack();
const REGION = 'kr2';

graphql(`
  fragment NetErrors on UserError {
    __typename
    code
    message
    ... on ValidationError { field }
    ... on ConflictError { currentStatus }
    ... on NotFoundError { resourceType resourceId }
  }
`);

const CreateVpc = graphql(`
  mutation NetCreateVpc($input: CreateVpcInput!) {
    createVpc(input: $input) {
      vpc { id name cidr defaultRoutingTable { id name isDefault routes { cidr gateway isLocal } } subnets { id } }
      errors { ...NetErrors }
    }
  }
`);
const UpdateVpc = graphql(`
  mutation NetUpdateVpc($input: UpdateVpcInput!) {
    updateVpc(input: $input) { vpc { id name cidr } errors { ...NetErrors } }
  }
`);
const DeleteVpc = graphql(`
  mutation NetDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...NetErrors } } }
`);
const CreateSubnet = graphql(`
  mutation NetCreateSubnet($input: CreateSubnetInput!) {
    createSubnet(input: $input) {
      subnet { id name cidr gatewayIp availableIpCount vpc { id } routingTable { id isDefault } routingTableExplicit }
      errors { ...NetErrors }
    }
  }
`);
const UpdateSubnet = graphql(`
  mutation NetUpdateSubnet($input: UpdateSubnetInput!) {
    updateSubnet(input: $input) { subnet { id name cidr } errors { ...NetErrors } }
  }
`);
const DeleteSubnet = graphql(`
  mutation NetDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...NetErrors } } }
`);
const CreateRoutingTable = graphql(`
  mutation NetCreateRoutingTable($input: CreateRoutingTableInput!) {
    createRoutingTable(input: $input) {
      routingTable { id name isDefault distributed vpc { id } routes { cidr gateway isLocal } }
      errors { ...NetErrors }
    }
  }
`);
const UpdateRoutingTable = graphql(`
  mutation NetUpdateRoutingTable($input: UpdateRoutingTableInput!) {
    updateRoutingTable(input: $input) { routingTable { id name distributed } errors { ...NetErrors } }
  }
`);
const DeleteRoutingTable = graphql(`
  mutation NetDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...NetErrors } } }
`);
const SetDefaultRoutingTable = graphql(`
  mutation NetSetDefaultRoutingTable($id: ID!) {
    setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...NetErrors } }
  }
`);
const AttachRoutingTable = graphql(`
  mutation NetAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {
    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) {
      subnet { id routingTable { id } routingTableExplicit }
      errors { ...NetErrors }
    }
  }
`);
const DetachRoutingTable = graphql(`
  mutation NetDetachRoutingTable($subnetId: ID!) {
    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...NetErrors } }
  }
`);
const CreateRoute = graphql(`
  mutation NetCreateRoute($input: CreateRouteInput!) {
    createRoute(input: $input) { route { id cidr prefixLength gateway routingTable { id } } errors { ...NetErrors } }
  }
`);
const DeleteRoute = graphql(`
  mutation NetDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...NetErrors } } }
`);
const CreateInternetGateway = graphql(`
  mutation NetCreateInternetGateway($input: CreateInternetGatewayInput!) {
    createInternetGateway(input: $input) { internetGateway { id name state routingTable { id } externalNetwork { name } } errors { ...NetErrors } }
  }
`);
const DeleteInternetGateway = graphql(`
  mutation NetDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...NetErrors } } }
`);
const AttachInternetGateway = graphql(`
  mutation NetAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {
    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {
      routingTable { id internetGateway { id } routes { id cidr internetGateway { id } } }
      errors { ...NetErrors }
    }
  }
`);
const DetachInternetGateway = graphql(`
  mutation NetDetachInternetGateway($routingTableId: ID!) {
    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...NetErrors } }
  }
`);
const CreatePort = graphql(`
  mutation NetCreatePort($input: CreatePortInput!) {
    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...NetErrors } }
  }
`);
const DeletePort = graphql(`
  mutation NetDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...NetErrors } } }
`);
const CreateSecurityGroup = graphql(`
  mutation NetCreateSecurityGroup($input: CreateSecurityGroupInput!) {
    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction etherType protocol } } errors { ...NetErrors } }
  }
`);
const UpdateSecurityGroup = graphql(`
  mutation NetUpdateSecurityGroup($input: UpdateSecurityGroupInput!) {
    updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...NetErrors } }
  }
`);
const DeleteSecurityGroup = graphql(`
  mutation NetDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...NetErrors } } }
`);
const CreateRule = graphql(`
  mutation NetCreateRule($input: CreateSecurityGroupRuleInput!) {
    createSecurityGroupRule(input: $input) {
      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id } securityGroup { id rules { id } } }
      errors { ...NetErrors }
    }
  }
`);
const DeleteRule = graphql(`
  mutation NetDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...NetErrors } } }
`);
const RegionView = graphql(`
  query NetRegionView($name: String!) {
    region(provider: NHN, name: $name) {
      vpcs { id name cidr subnets { id name cidr ports { id } } routingTables { id name isDefault } }
      securityGroups { id name rules { id } }
      internetGateways { id name state routingTable { id } }
    }
  }
`);

const input = <T>(i: T) => ({ variables: { input: i } });

async function view() {
  return (await execute(stack().client, RegionView, { variables: { name: REGION } })).expectNoGraphQLErrors().region!;
}

async function newVpc(name: string, cidr: string) {
  const r = (await execute(stack().client, CreateVpc, input({ regionId: regionId(REGION), name, cidr }))).expectNoGraphQLErrors().createVpc;
  expect(r.errors).toEqual([]);
  return r.vpc!;
}

async function newSubnet(vpcId: string, name: string, cidr: string) {
  const r = (await execute(stack().client, CreateSubnet, input({ vpcId, name, cidr }))).expectNoGraphQLErrors().createSubnet;
  expect(r.errors).toEqual([]);
  return r.subnet!;
}

describe('VPCs', () => {
  it('should create a VPC with its default routing table, rename it and grow its block', async () => {
    const vpc = await newVpc('app-vpc', '10.50.0.0/16');
    expect(vpc).toMatchObject({ name: 'app-vpc', cidr: '10.50.0.0/16', subnets: [] });
    expect(vpc.defaultRoutingTable).toMatchObject({ isDefault: true, routes: [{ cidr: '10.50.0.0/16', gateway: 'local', isLocal: true }] });

    const { client } = stack();
    const renamed = (await execute(client, UpdateVpc, input({ id: vpc.id, name: 'app-vpc-2', cidr: '10.50.0.0/15' }))).expectNoGraphQLErrors().updateVpc;
    expect(renamed).toMatchObject({ errors: [], vpc: { id: vpc.id, name: 'app-vpc-2', cidr: '10.50.0.0/15' } });
    expect((await view()).vpcs!.find((v) => v.id === vpc.id)).toMatchObject({ name: 'app-vpc-2', cidr: '10.50.0.0/15' });

    const deleted = (await execute(client, DeleteVpc, { variables: { id: vpc.id } })).expectNoGraphQLErrors().deleteVpc;
    expect(deleted).toEqual({ deletedId: vpc.id, errors: [] });
    const after = await view();
    expect(after.vpcs!.map((v) => v.id)).not.toContain(vpc.id);
  });

  it.each([
    ['10.0.0/16', /not an IPv4 CIDR block/],
    ['300.1.0.0/16', /not an IPv4 CIDR block/],
    ['10.0.0.0/33', /not an IPv4 CIDR block/],
    ['10.0.0.1/16', /host bits set; the block is 10\.0\.0\.0\/16/],
    ['10.60.0.0/25', /too small: a NHN Cloud VPC needs \/24 or larger/],
    ['8.8.0.0/16', /must lie within one private range/],
    ['10.0.0.0/7', /must lie within one private range/],
    ['169.254.0.0/16', /must lie within one private range/],
  ])('should refuse VPC block %s before any upstream call', async (cidr, message) => {
    const r = await execute(stack().client, CreateVpc, { ...input({ regionId: regionId(REGION), name: 'bad', cidr }), countCalls: true });
    const payload = r.expectNoGraphQLErrors().createVpc;
    expect(payload.vpc).toBeNull();
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'cidr'], message: expect.stringMatching(message) })]);
    expect(r.extensions!.upstreamCalls.total).toBe(0);
  });

  it('should refuse to delete a VPC that has subnets with a ConflictError naming them, changing nothing', async () => {
    const { client, emulator } = stack();
    const seeded = (await view()).vpcs!.find((v) => v.name === 'Default Network')!;
    const writes = writesTo(emulator, REGION, 'network');
    const r = (await execute(client, DeleteVpc, { variables: { id: seeded.id } })).expectNoGraphQLErrors().deleteVpc;
    expect(r.deletedId).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', currentStatus: 'available' })]);
    expect(r.errors[0]!.message).toContain('"Default Network" (192.168.0.0/24)');
    expect(writesTo(emulator, REGION, 'network')).toBe(writes);
    expect((await view()).vpcs!.find((v) => v.id === seeded.id)?.subnets).toHaveLength(seeded.subnets!.length);
  });

  it("should report the cloud's own 409 on delete as a ConflictError", async () => {
    const { client, emulator } = stack();
    const vpc = await newVpc('racing-vpc', '10.70.0.0/16');
    const body = JSON.stringify({ NeutronError: { type: 'NetworkInUse', message: `Unable to complete operation on network ${vpc.id}. There are one or more ports still in use on the network.`, detail: '' } });
    await injectFault(emulator, { match: `DELETE /nhn/${REGION}/network/v2.0/vpcs/`, status: 409, body });
    const r = (await execute(client, DeleteVpc, { variables: { id: vpc.id } })).expectNoGraphQLErrors().deleteVpc;
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('still in use') })]);
    expect((await execute(client, DeleteVpc, { variables: { id: vpc.id } })).expectNoGraphQLErrors().deleteVpc.errors).toEqual([]);
  });
});

describe('subnets', () => {
  let vpcId: string;
  beforeAll(async () => {
    vpcId = (await newVpc('subnet-vpc', '10.80.0.0/16')).id;
    await newSubnet(vpcId, 'first', '10.80.1.0/24');
  });

  it('should create a subnet on the VPC default table, rename it, and delete it', async () => {
    const { client } = stack();
    const subnet = await newSubnet(vpcId, 'second', '10.80.2.0/24');
    expect(subnet).toMatchObject({ cidr: '10.80.2.0/24', gatewayIp: '10.80.2.1', vpc: { id: vpcId }, routingTable: { isDefault: true }, routingTableExplicit: false });
    expect(subnet.availableIpCount).toBeGreaterThan(200);
    const renamed = (await execute(client, UpdateSubnet, input({ id: subnet.id, name: 'second-renamed' }))).expectNoGraphQLErrors().updateSubnet;
    expect(renamed).toMatchObject({ errors: [], subnet: { name: 'second-renamed', cidr: '10.80.2.0/24' } });
    const deleted = (await execute(client, DeleteSubnet, { variables: { id: subnet.id } })).expectNoGraphQLErrors().deleteSubnet;
    expect(deleted).toEqual({ deletedId: subnet.id, errors: [] });
  });

  it.each([
    ['10.80.1.0/2x', /not an IPv4 CIDR block/, true],
    ['10.80.3.7/24', /host bits set/, true],
    ['10.80.3.0/29', /too small: a NHN Cloud subnet needs \/28 or larger/, true],
    ['10.80.0.0/15', /too large: larger than its VPC "subnet-vpc" \(10\.80\.0\.0\/16\)/, false],
    ['10.81.0.0/24', /outside its VPC "subnet-vpc" \(10\.80\.0\.0\/16\)/, false],
    ['10.80.1.128/25', /overlaps subnet "first" \(10\.80\.1\.0\/24\)/, false],
    ['10.80.0.0/16', /overlaps subnet "first"/, false],
  ])('should refuse subnet block %s before asking the cloud to create it', async (cidr, message, offline) => {
    const { client, emulator } = stack();
    const creates = requestsStartingWith(emulator, `POST /nhn/${REGION}/network/v2.0/vpcsubnets`);
    const r = await execute(client, CreateSubnet, { ...input({ vpcId, name: 'bad', cidr }), countCalls: true });
    const payload = r.expectNoGraphQLErrors().createSubnet;
    expect(payload.subnet).toBeNull();
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'cidr'], message: expect.stringMatching(message) })]);
    expect(requestsStartingWith(emulator, `POST /nhn/${REGION}/network/v2.0/vpcsubnets`)).toBe(creates);
    // Format and size are checked with no call at all; placement needs the VPC's current subnets (reads only).
    if (offline) expect(r.extensions!.upstreamCalls.total).toBe(0);
    else expect(r.extensions!.upstreamCalls.byService).toEqual({ 'NHN network': 2 });
  });

  it('should refuse a subnet in a VPC that does not exist with a NotFoundError', async () => {
    const missing = Buffer.from(`Vpc:NHN:${REGION}:00000000-0000-4000-8000-000000000000`).toString('base64');
    const r = (await execute(stack().client, CreateSubnet, input({ vpcId: missing, name: 'x', cidr: '10.0.0.0/24' }))).expectNoGraphQLErrors().createSubnet;
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Vpc' })]);
  });

  it('should refuse to shrink a VPC below one of its subnets', async () => {
    const r = (await execute(stack().client, UpdateVpc, input({ id: vpcId, cidr: '10.80.2.0/24' }))).expectNoGraphQLErrors().updateVpc;
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', message: expect.stringContaining('does not hold subnet "first"') })]);
  });

  it('should refuse to delete a subnet that ports use with a ConflictError naming them, changing nothing', async () => {
    const { client, emulator } = stack();
    const subnet = await newSubnet(vpcId, 'with-port', '10.80.9.0/24');
    const port = (await execute(client, CreatePort, input({ subnetId: subnet.id, name: 'vip-port' }))).expectNoGraphQLErrors().createPort;
    expect(port.errors).toEqual([]);
    expect(port.port).toMatchObject({ name: 'vip-port', server: null, fixedIps: [{ ipAddress: expect.stringMatching(/^10\.80\.9\./), subnet: { id: subnet.id } }] });

    const writes = writesTo(emulator, REGION, 'network');
    const r = (await execute(client, DeleteSubnet, { variables: { id: subnet.id } })).expectNoGraphQLErrors().deleteSubnet;
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: 'Subnet "with-port" (10.80.9.0/24) is in use by port vip-port' })]);
    expect(writesTo(emulator, REGION, 'network')).toBe(writes);

    expect((await execute(client, DeletePort, { variables: { id: port.port!.id } })).expectNoGraphQLErrors().deletePort.errors).toEqual([]);
    expect((await execute(client, DeleteSubnet, { variables: { id: subnet.id } })).expectNoGraphQLErrors().deleteSubnet.errors).toEqual([]);
  });

  it("should refuse to delete the subnet servers live in, naming the servers", async () => {
    const { client, emulator } = stack();
    const seeded = (await view()).vpcs!.find((v) => v.name === 'Default Network')!.subnets!.find((s) => s.name === 'Default Network')!;
    const writes = writesTo(emulator, REGION, 'network');
    const r = (await execute(client, DeleteSubnet, { variables: { id: seeded.id } })).expectNoGraphQLErrors().deleteSubnet;
    expect(r.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError' })]);
    expect(r.errors[0]!.message).toMatch(/in use by .*server "web-kr2-01"/);
    expect(writesTo(emulator, REGION, 'network')).toBe(writes);
  });
});

describe('routing tables, routes and internet gateways', () => {
  it('should manage a routing table: routes, subnets, internet gateway, default flag, and refuse deletes in use', async () => {
    const { client } = stack();
    const vpc = await newVpc('routed-vpc', '10.90.0.0/16');
    const subnet = await newSubnet(vpc.id, 'routed', '10.90.1.0/24');

    const created = (await execute(client, CreateRoutingTable, input({ vpcId: vpc.id, name: 'edge-rt' }))).expectNoGraphQLErrors().createRoutingTable;
    expect(created.errors).toEqual([]);
    const table = created.routingTable!;
    expect(table).toMatchObject({ name: 'edge-rt', isDefault: false, distributed: true, vpc: { id: vpc.id }, routes: [{ cidr: '10.90.0.0/16', isLocal: true }] });

    const updated = (await execute(client, UpdateRoutingTable, input({ id: table.id, name: 'edge-rt2', distributed: false }))).expectNoGraphQLErrors().updateRoutingTable;
    expect(updated.routingTable).toMatchObject({ name: 'edge-rt2', distributed: false });

    // Routes: checked at the edge, one per destination.
    const badRoute = (await execute(client, CreateRoute, input({ routingTableId: table.id, cidr: '172.16.0.0/12', gateway: '10.90.1.999' }))).expectNoGraphQLErrors().createRoute;
    expect(badRoute.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'gateway'] })]);
    const route = (await execute(client, CreateRoute, input({ routingTableId: table.id, cidr: '172.16.0.0/12', gateway: '10.90.1.10' }))).expectNoGraphQLErrors().createRoute;
    expect(route).toMatchObject({ errors: [], route: { cidr: '172.16.0.0/12', prefixLength: 12, gateway: '10.90.1.10', routingTable: { id: table.id } } });
    const again = (await execute(client, CreateRoute, input({ routingTableId: table.id, cidr: '172.16.0.0/12', gateway: '10.90.1.11' }))).expectNoGraphQLErrors().createRoute;
    expect(again.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError' })]);

    // The subnet moves to the new table, which then cannot be deleted.
    const attached = (await execute(client, AttachRoutingTable, { variables: { subnetId: subnet.id, routingTableId: table.id } })).expectNoGraphQLErrors().attachRoutingTable;
    expect(attached.subnet).toMatchObject({ routingTable: { id: table.id }, routingTableExplicit: true });
    const inUse = (await execute(client, DeleteRoutingTable, { variables: { id: table.id } })).expectNoGraphQLErrors().deleteRoutingTable;
    expect(inUse.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('used by subnets "routed"') })]);

    // An internet gateway: created unattached, attached (a default route appears), refused deletes while attached.
    const gw = (await execute(client, CreateInternetGateway, input({ regionId: regionId(REGION), name: 'edge-igw' }))).expectNoGraphQLErrors().createInternetGateway;
    expect(gw.internetGateway).toMatchObject({ name: 'edge-igw', state: 'unavailable', routingTable: null, externalNetwork: { name: 'public_network' } });
    const gwId = gw.internetGateway!.id;
    const withGw = (await execute(client, AttachInternetGateway, { variables: { routingTableId: table.id, internetGatewayId: gwId } })).expectNoGraphQLErrors().attachInternetGateway;
    expect(withGw.errors).toEqual([]);
    expect(withGw.routingTable!.internetGateway?.id).toBe(gwId);
    const defaultRoute = withGw.routingTable!.routes!.find((r) => r.cidr === '0.0.0.0/0')!;
    expect(defaultRoute.internetGateway?.id).toBe(gwId);
    await eventually(async () => ((await view()).internetGateways!.find((g) => g.id === gwId)?.state === 'available' ? true : undefined));
    const twice = (await execute(client, AttachInternetGateway, { variables: { routingTableId: table.id, internetGatewayId: gwId } })).expectNoGraphQLErrors().attachInternetGateway;
    expect(twice.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('already attached') })]);
    const gwInUse = (await execute(client, DeleteInternetGateway, { variables: { id: gwId } })).expectNoGraphQLErrors().deleteInternetGateway;
    expect(gwInUse.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('attached to routing table "edge-rt2"') })]);
    const gwRoute = (await execute(client, DeleteRoute, { variables: { id: defaultRoute.id } })).expectNoGraphQLErrors().deleteRoute;
    expect(gwRoute.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('detach the gateway') })]);

    const detachedGw = (await execute(client, DetachInternetGateway, { variables: { routingTableId: table.id } })).expectNoGraphQLErrors().detachInternetGateway;
    expect(detachedGw.routingTable).toMatchObject({ internetGateway: null });
    expect(detachedGw.routingTable!.routes!.map((r) => r.cidr)).not.toContain('0.0.0.0/0');
    expect((await execute(client, DeleteInternetGateway, { variables: { id: gwId } })).expectNoGraphQLErrors().deleteInternetGateway.errors).toEqual([]);

    // The default flag moves; the default table cannot be deleted.
    const madeDefault = (await execute(client, SetDefaultRoutingTable, { variables: { id: table.id } })).expectNoGraphQLErrors().setDefaultRoutingTable;
    expect(madeDefault.routingTable).toMatchObject({ id: table.id, isDefault: true });
    const tables = (await view()).vpcs!.find((v) => v.id === vpc.id)!.routingTables;
    expect(tables!.filter((t) => t.isDefault).map((t) => t.id)).toEqual([table.id]);
    const old = tables!.find((t) => t.id === vpc.defaultRoutingTable!.id)!;
    const defaultDelete = (await execute(client, DeleteRoutingTable, { variables: { id: table.id } })).expectNoGraphQLErrors().deleteRoutingTable;
    expect(defaultDelete.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining("VPC's default table") })]);
    await execute(client, SetDefaultRoutingTable, { variables: { id: old.id } });

    const detached = (await execute(client, DetachRoutingTable, { variables: { subnetId: subnet.id } })).expectNoGraphQLErrors().detachRoutingTable;
    expect(detached.subnet).toMatchObject({ routingTable: { id: old.id, isDefault: true }, routingTableExplicit: false });

    const local = (await view()).vpcs!.find((v) => v.id === vpc.id)!;
    expect(local.routingTables).toHaveLength(2);
    const localRoute = vpc.defaultRoutingTable!.routes![0]!;
    expect(localRoute.isLocal).toBe(true);
    expect((await execute(client, DeleteRoute, { variables: { id: route.route!.id } })).expectNoGraphQLErrors().deleteRoute.errors).toEqual([]);
    expect((await execute(client, DeleteRoutingTable, { variables: { id: table.id } })).expectNoGraphQLErrors().deleteRoutingTable.errors).toEqual([]);
  });
});

describe('security groups', () => {
  it('should create a group with the egress rules the cloud gives it, add and remove rules, rename and delete it', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateSecurityGroup, input({ regionId: regionId(REGION), name: 'api', description: 'API servers' }))).expectNoGraphQLErrors().createSecurityGroup;
    expect(created.errors).toEqual([]);
    const group = created.securityGroup!;
    expect(group.rules).toHaveLength(2);
    expect(group.rules.every((r) => r.direction === 'EGRESS' && r.protocol === null)).toBe(true);

    const rule = (
      await execute(client, CreateRule, input({ securityGroupId: group.id, direction: 'INGRESS', protocol: 'TCP', portRangeMin: 8080, remoteIpPrefix: '10.0.0.0/8' }))
    ).expectNoGraphQLErrors().createSecurityGroupRule;
    expect(rule.errors).toEqual([]);
    expect(rule.rule).toMatchObject({ direction: 'INGRESS', etherType: 'IPv4', protocol: 'tcp', portRangeMin: 8080, portRangeMax: 8080, remoteIpPrefix: '10.0.0.0/8', securityGroup: { id: group.id } });
    expect(rule.rule!.securityGroup!.rules).toHaveLength(3);

    const fromGroup = (await execute(client, CreateRule, input({ securityGroupId: group.id, direction: 'INGRESS', protocol: 'icmp', remoteSecurityGroupId: group.id }))).expectNoGraphQLErrors()
      .createSecurityGroupRule;
    expect(fromGroup.rule).toMatchObject({ protocol: 'icmp', remoteSecurityGroup: { id: group.id }, portRangeMin: null });

    const duplicate = (
      await execute(client, CreateRule, input({ securityGroupId: group.id, direction: 'INGRESS', protocol: 'tcp', portRangeMin: 8080, portRangeMax: 8080, remoteIpPrefix: '10.0.0.0/8' }))
    ).expectNoGraphQLErrors().createSecurityGroupRule;
    expect(duplicate.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('already has this rule') })]);

    const renamed = (await execute(client, UpdateSecurityGroup, input({ id: group.id, name: 'api-v2' }))).expectNoGraphQLErrors().updateSecurityGroup;
    expect(renamed.securityGroup).toMatchObject({ name: 'api-v2', description: 'API servers' });

    expect((await execute(client, DeleteRule, { variables: { id: rule.rule!.id } })).expectNoGraphQLErrors().deleteSecurityGroupRule.errors).toEqual([]);
    expect((await view()).securityGroups!.find((g) => g.id === group.id)!.rules).toHaveLength(3);
    expect((await execute(client, DeleteSecurityGroup, { variables: { id: group.id } })).expectNoGraphQLErrors().deleteSecurityGroup).toEqual({ deletedId: group.id, errors: [] });
  });

  it.each([
    [{ protocol: 'tcp', portRangeMin: 70000 }, 'portRangeMin'],
    [{ protocol: 'tcp', portRangeMin: 100, portRangeMax: 90 }, 'portRangeMin'],
    [{ portRangeMin: 22 }, 'portRangeMin'],
    [{ protocol: 'gre2' }, 'protocol'],
    [{ protocol: 'icmp', portRangeMin: 300 }, 'portRangeMin'],
    [{ protocol: 'tcp', remoteIpPrefix: '10.0.0.0/33' }, 'remoteIpPrefix'],
  ])('should refuse rule %j before any upstream call', async (rule, field) => {
    const seeded = (await view()).securityGroups!.find((g) => g.name === 'web')!;
    const r = await execute(stack().client, CreateRule, { ...input({ securityGroupId: seeded.id, direction: 'INGRESS', ...rule }), countCalls: true });
    const payload = r.expectNoGraphQLErrors().createSecurityGroupRule;
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', field] })]);
    expect(r.extensions!.upstreamCalls.total).toBe(0);
  });

  it('should refuse to delete a group ports use, naming them, and the default group, changing nothing', async () => {
    const { client, emulator } = stack();
    const v = await view();
    const web = v.securityGroups!.find((g) => g.name === 'web')!;
    const def = v.securityGroups!.find((g) => g.name === 'default')!;
    const writes = writesTo(emulator, REGION, 'network');
    const inUse = (await execute(client, DeleteSecurityGroup, { variables: { id: web.id } })).expectNoGraphQLErrors().deleteSecurityGroup;
    expect(inUse.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError' })]);
    expect(inUse.errors[0]!.message).toMatch(/^Security group "web" is in use by server "web-kr2-0[12]", server "web-kr2-0[12]"$/);
    const byDefault = (await execute(client, DeleteSecurityGroup, { variables: { id: def.id } })).expectNoGraphQLErrors().deleteSecurityGroup;
    expect(byDefault.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: 'The default security group cannot be deleted' })]);
    expect(writesTo(emulator, REGION, 'network')).toBe(writes);

    // A free-standing port holding a new group keeps it in use too.
    const group = (await execute(client, CreateSecurityGroup, input({ regionId: regionId(REGION), name: 'vip' }))).expectNoGraphQLErrors().createSecurityGroup.securityGroup!;
    const subnet = v.vpcs!.find((x) => x.name === 'Default Network')!.subnets![0]!;
    const port = (await execute(client, CreatePort, input({ subnetId: subnet.id, name: 'vip-port', securityGroupIds: [group.id] }))).expectNoGraphQLErrors().createPort;
    expect(port.port!.securityGroups).toEqual([{ id: group.id, name: 'vip' }]);
    const held = (await execute(client, DeleteSecurityGroup, { variables: { id: group.id } })).expectNoGraphQLErrors().deleteSecurityGroup;
    expect(held.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: 'Security group "vip" is in use by port vip-port' })]);
    await execute(client, DeletePort, { variables: { id: port.port!.id } });
    expect((await execute(client, DeleteSecurityGroup, { variables: { id: group.id } })).expectNoGraphQLErrors().deleteSecurityGroup.errors).toEqual([]);
  });

  it('should not let a group be called "default"', async () => {
    const r = await execute(stack().client, CreateSecurityGroup, { ...input({ regionId: regionId(REGION), name: 'default' }), countCalls: true });
    expect(r.expectNoGraphQLErrors().createSecurityGroup.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'name'] })]);
    expect(r.extensions!.upstreamCalls.total).toBe(0);
  });
});
