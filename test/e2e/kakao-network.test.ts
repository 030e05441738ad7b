import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { eventually, execute, useStack } from './kit.js';
import { kakaoCatalog, kakaoGone, kakaoRegionId, kakaoServerReaching, type KakaoCatalog } from './kakao-fixtures.js';

/**
 * Every network mutation of the schema against KakaoCloud: VPCs, subnets, route tables
 * (one per VPC is main), routes to instances, the per-VPC internet gateway, network
 * interfaces as ports, public IPs as floating IPs, security groups and their rules.
 * The tests of this file build on each other, in order.
 */
const stack = useStack({ emulator: { transitionMs: 60 } });

const NetworkNode = graphql(`
  query KakaoNetworkNode($id: ID!) {
    node(id: $id) {
      id
      ... on Vpc { name state }
      ... on Subnet { name state routingTable { id isDefault } routingTableExplicit }
      ... on RoutingTable { name state isDefault internetGateway { id } routes { id cidr gateway isLocal targetType targetServer { id } } }
    }
  }
`);
const CreateVpc = graphql(`
  mutation KakaoCreateVpc($input: CreateVpcInput!) {
    createVpc(input: $input) { vpc { id name cidr state region { provider name } } errors { ...KakaoUserErrors } }
  }
`);
const UpdateVpc = graphql(`mutation KakaoUpdateVpc($input: UpdateVpcInput!) { updateVpc(input: $input) { vpc { id name cidr } errors { ...KakaoUserErrors } } }`);
const DeleteVpc = graphql(`mutation KakaoDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const VpcDetails = graphql(`
  query KakaoVpcDetails($id: ID!) {
    node(id: $id) {
      ... on Vpc {
        defaultRoutingTable { id name isDefault internetGateway { id name } routes { cidr isLocal targetType } }
        routingTables { id name isDefault }
      }
    }
  }
`);
const CreateSubnet = graphql(`
  mutation KakaoCreateSubnet($input: CreateSubnetInput!) {
    createSubnet(input: $input) { subnet { id name cidr availabilityZone vpc { id } routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }
  }
`);
const UpdateSubnet = graphql(`mutation KakaoUpdateSubnet($input: UpdateSubnetInput!) { updateSubnet(input: $input) { subnet { id name } errors { ...KakaoUserErrors } } }`);
const DeleteSubnet = graphql(`mutation KakaoDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateRoutingTable = graphql(`
  mutation KakaoCreateRoutingTable($input: CreateRoutingTableInput!) {
    createRoutingTable(input: $input) { routingTable { id name isDefault distributed vpc { id } routes { cidr isLocal targetType } } errors { ...KakaoUserErrors } }
  }
`);
const UpdateRoutingTable = graphql(`
  mutation KakaoUpdateRoutingTable($input: UpdateRoutingTableInput!) { updateRoutingTable(input: $input) { routingTable { id name } errors { ...KakaoUserErrors } } }
`);
const DeleteRoutingTable = graphql(`mutation KakaoDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const SetDefaultRoutingTable = graphql(`
  mutation KakaoSetDefaultRoutingTable($id: ID!) { setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...KakaoUserErrors } } }
`);
const AttachRoutingTable = graphql(`
  mutation KakaoAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {
    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) { subnet { id routingTable { id } routingTableExplicit } errors { ...KakaoUserErrors } }
  }
`);
const DetachRoutingTable = graphql(`
  mutation KakaoDetachRoutingTable($subnetId: ID!) {
    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }
  }
`);
const AttachInternetGateway = graphql(`
  mutation KakaoAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {
    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {
      routingTable { id internetGateway { id } routes { cidr targetType internetGateway { id } } }
      errors { ...KakaoUserErrors }
    }
  }
`);
const DetachInternetGateway = graphql(`
  mutation KakaoDetachInternetGateway($routingTableId: ID!) {
    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...KakaoUserErrors } }
  }
`);
const CreateRoute = graphql(`
  mutation KakaoCreateRoute($input: CreateRouteInput!) {
    createRoute(input: $input) { route { id cidr prefixLength gateway targetType targetServer { id name } routingTable { id } } errors { ...KakaoUserErrors } }
  }
`);
const DeleteRoute = graphql(`mutation KakaoDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateInternetGateway = graphql(`
  mutation KakaoCreateInternetGateway($input: CreateInternetGatewayInput!) { createInternetGateway(input: $input) { internetGateway { id } errors { ...KakaoUserErrors } } }
`);
const DeleteInternetGateway = graphql(`mutation KakaoDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateSecurityGroup = graphql(`
  mutation KakaoCreateSecurityGroup($input: CreateSecurityGroupInput!) {
    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction protocol } } errors { ...KakaoUserErrors } }
  }
`);
const UpdateSecurityGroup = graphql(`
  mutation KakaoUpdateSecurityGroup($input: UpdateSecurityGroupInput!) { updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...KakaoUserErrors } } }
`);
const DeleteSecurityGroup = graphql(`mutation KakaoDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateRule = graphql(`
  mutation KakaoCreateRule($input: CreateSecurityGroupRuleInput!) {
    createSecurityGroupRule(input: $input) {
      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix description securityGroup { id } }
      errors { ...KakaoUserErrors }
    }
  }
`);
const DeleteRule = graphql(`mutation KakaoDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreatePort = graphql(`
  mutation KakaoCreatePort($input: CreatePortInput!) {
    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...KakaoUserErrors } }
  }
`);
const DeletePort = graphql(`mutation KakaoDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateFloatingIp = graphql(`
  mutation KakaoCreateFloatingIp($input: CreateFloatingIpInput!) {
    createFloatingIp(input: $input) { floatingIp { id address status rawStatus label port { id } server { id } } errors { ...KakaoUserErrors } }
  }
`);
const AssociateFloatingIp = graphql(`
  mutation KakaoAssociateFloatingIp($id: ID!, $serverId: ID, $portId: ID) {
    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { id status rawStatus fixedIpAddress port { id } server { id } } errors { ...KakaoUserErrors } }
  }
`);
const DisassociateFloatingIp = graphql(`
  mutation KakaoDisassociateFloatingIp($id: ID!) { disassociateFloatingIp(id: $id) { floatingIp { id status port { id } } errors { ...KakaoUserErrors } } }
`);
const DeleteFloatingIp = graphql(`mutation KakaoDeleteFloatingIp($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateServer = graphql(`
  mutation KakaoNetCreateServer($input: CreateServerInput!) {
    createServer(input: $input) { server { id addresses { address type port { id } subnet { id } } } errors { ...KakaoUserErrors } }
  }
`);
const ServerAddresses = graphql(`
  query KakaoNetServerAddresses($id: ID!) { node(id: $id) { ... on Server { addresses { address type port { id } subnet { id } } ports { id } } } }
`);
const DeleteServer = graphql(`mutation KakaoNetDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);

let catalog: KakaoCatalog;
/** What the tests make, in order. */
const made: { vpc?: string; subnet?: string; table?: string; mainTable?: string; igw?: string; server?: string; serverIp?: string; group?: string } = {};

beforeAll(async () => {
  catalog = await kakaoCatalog(stack().client);
});

/** Waits until a VPC, subnet or routing table is ACTIVE (KakaoCloud provisions them asynchronously). */
function active(id: string) {
  return eventually(async () => {
    const node = (await execute(stack().client, NetworkNode, { variables: { id } })).expectNoGraphQLErrors().node;
    return node && 'state' in node && node.state === 'ACTIVE' ? node : undefined;
  });
}

describe('KakaoCloud VPCs and subnets', () => {
  it('should create a VPC (PENDING_CREATE, then ACTIVE) with its main route table and internet gateway', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateVpc, { variables: { input: { regionId: kakaoRegionId(), name: 'kn-vpc', cidr: '10.40.0.0/16' } } })).expectNoGraphQLErrors().createVpc;
    expect(created.errors).toEqual([]);
    expect(created.vpc).toMatchObject({ name: 'kn-vpc', cidr: '10.40.0.0/16', state: 'PENDING_CREATE', region: { provider: 'KAKAO' } });
    made.vpc = created.vpc!.id;
    await active(made.vpc);
    const details = (await execute(client, VpcDetails, { variables: { id: made.vpc } })).expectNoGraphQLErrors().node;
    const main = details && 'defaultRoutingTable' in details ? details.defaultRoutingTable : null;
    expect(main).toMatchObject({ isDefault: true, internetGateway: { name: 'kn-vpc_igw' } });
    expect(main!.routes).toEqual(expect.arrayContaining([{ cidr: '10.40.0.0/16', isLocal: true, targetType: 'local' }, { cidr: '0.0.0.0/0', isLocal: false, targetType: 'igw' }]));
    made.mainTable = main!.id;
    made.igw = main!.internetGateway!.id;
  });

  it('should rename a VPC, and refuse a new block with ValidationError (KakaoCloud keeps it)', async () => {
    const { client } = stack();
    const renamed = (await execute(client, UpdateVpc, { variables: { input: { id: made.vpc!, name: 'kn-vpc-renamed' } } })).expectNoGraphQLErrors().updateVpc;
    expect(renamed).toMatchObject({ errors: [], vpc: { name: 'kn-vpc-renamed', cidr: '10.40.0.0/16' } });
    const reblocked = (await execute(client, UpdateVpc, { variables: { input: { id: made.vpc!, cidr: '10.40.0.0/15' } } })).expectNoGraphQLErrors().updateVpc;
    expect(reblocked.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'cidr'] });
  });

  it('should ask for the availability zone of a subnet, then create it on the main table', async () => {
    const { client } = stack();
    const zoneless = (await execute(client, CreateSubnet, { variables: { input: { vpcId: made.vpc!, name: 'kn-subnet', cidr: '10.40.1.0/24' } } })).expectNoGraphQLErrors().createSubnet;
    expect(zoneless.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'availabilityZone'] });
    const created = (
      await execute(client, CreateSubnet, { variables: { input: { vpcId: made.vpc!, name: 'kn-subnet', cidr: '10.40.1.0/24', availabilityZone: 'kr-central-2-a' } } })
    ).expectNoGraphQLErrors().createSubnet;
    expect(created.errors).toEqual([]);
    expect(created.subnet).toMatchObject({ name: 'kn-subnet', availabilityZone: 'kr-central-2-a', vpc: { id: made.vpc }, routingTable: { id: made.mainTable, isDefault: true }, routingTableExplicit: false });
    made.subnet = created.subnet!.id;
    await active(made.subnet);
  });

  it('should rename a subnet', async () => {
    const renamed = (await execute(stack().client, UpdateSubnet, { variables: { input: { id: made.subnet!, name: 'kn-subnet-a' } } })).expectNoGraphQLErrors().updateSubnet;
    expect(renamed).toMatchObject({ errors: [], subnet: { id: made.subnet, name: 'kn-subnet-a' } });
  });
});

describe('KakaoCloud route tables', () => {
  it('should create a second table in the VPC with only the local route', async () => {
    const created = (await execute(stack().client, CreateRoutingTable, { variables: { input: { vpcId: made.vpc!, name: 'kn-rt' } } })).expectNoGraphQLErrors().createRoutingTable;
    expect(created.errors).toEqual([]);
    expect(created.routingTable).toMatchObject({ name: 'kn-rt', isDefault: false, distributed: false, vpc: { id: made.vpc }, routes: [{ cidr: '10.40.0.0/16', isLocal: true, targetType: 'local' }] });
    made.table = created.routingTable!.id;
    await active(made.table);
  });

  it('should refuse to rename a table with ValidationError (KakaoCloud has no rename)', async () => {
    const refused = (await execute(stack().client, UpdateRoutingTable, { variables: { input: { id: made.table!, name: 'other' } } })).expectNoGraphQLErrors().updateRoutingTable;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'name'] });
  });

  it('should move the subnet to the table and back to the main one', async () => {
    const { client } = stack();
    const attached = (await execute(client, AttachRoutingTable, { variables: { subnetId: made.subnet!, routingTableId: made.table! } })).expectNoGraphQLErrors().attachRoutingTable;
    expect(attached).toMatchObject({ errors: [], subnet: { routingTable: { id: made.table }, routingTableExplicit: true } });
    const detached = (await execute(client, DetachRoutingTable, { variables: { subnetId: made.subnet! } })).expectNoGraphQLErrors().detachRoutingTable;
    expect(detached).toMatchObject({ errors: [], subnet: { routingTable: { id: made.mainTable, isDefault: true }, routingTableExplicit: false } });
  });

  it('should move the VPC’s internet gateway route from the main table to another and back', async () => {
    const { client } = stack();
    // A gateway serves one table at a time in Hanul's model: take it off the main table first.
    const offMain = (await execute(client, DetachInternetGateway, { variables: { routingTableId: made.mainTable! } })).expectNoGraphQLErrors().detachInternetGateway;
    expect(offMain).toMatchObject({ errors: [], routingTable: { internetGateway: null, routes: [{ cidr: '10.40.0.0/16' }] } });

    const attached = (await execute(client, AttachInternetGateway, { variables: { routingTableId: made.table!, internetGatewayId: made.igw! } })).expectNoGraphQLErrors().attachInternetGateway;
    expect(attached.errors).toEqual([]);
    expect(attached.routingTable!.internetGateway).toEqual({ id: made.igw });
    expect(attached.routingTable!.routes).toContainEqual({ cidr: '0.0.0.0/0', targetType: 'igw', internetGateway: { id: made.igw } });
    const detached = (await execute(client, DetachInternetGateway, { variables: { routingTableId: made.table! } })).expectNoGraphQLErrors().detachInternetGateway;
    expect(detached).toMatchObject({ errors: [], routingTable: { internetGateway: null, routes: [{ cidr: '10.40.0.0/16' }] } });

    // While it serves no table: it can still be neither deleted nor made (it goes with its VPC).
    const deleted = (await execute(client, DeleteInternetGateway, { variables: { id: made.igw! } })).expectNoGraphQLErrors().deleteInternetGateway;
    expect(deleted.errors[0]).toMatchObject({ __typename: 'ValidationError' });
    const created = (await execute(client, CreateInternetGateway, { variables: { input: { regionId: kakaoRegionId(), name: 'kn-igw' } } })).expectNoGraphQLErrors().createInternetGateway;
    expect(created.errors[0]).toMatchObject({ __typename: 'ValidationError' });

    const backOnMain = (await execute(client, AttachInternetGateway, { variables: { routingTableId: made.mainTable!, internetGatewayId: made.igw! } })).expectNoGraphQLErrors().attachInternetGateway;
    expect(backOnMain).toMatchObject({ errors: [], routingTable: { internetGateway: { id: made.igw } } });
  });

  it('should route a block to an instance given by its address, and delete the route', async () => {
    const { client } = stack();
    const server = (
      await execute(client, CreateServer, {
        variables: { input: { regionId: catalog.regionId, name: 'kn-router', flavorId: catalog.flavor('t1i.small'), imageId: catalog.image('Ubuntu 24.04'), subnetIds: [made.subnet!] } },
      })
    ).expectNoGraphQLErrors().createServer;
    expect(server.errors).toEqual([]);
    made.server = server.server!.id;
    await kakaoServerReaching(client, made.server, 'ACTIVE');
    const addresses = (await execute(client, ServerAddresses, { variables: { id: made.server } })).expectNoGraphQLErrors().node;
    const fixed = addresses && 'addresses' in addresses ? addresses.addresses.find((a) => a.type === 'FIXED')! : undefined;
    expect(fixed).toMatchObject({ subnet: { id: made.subnet }, port: { id: expect.any(String) } });
    made.serverIp = fixed!.address;

    const nowhere = (await execute(client, CreateRoute, { variables: { input: { routingTableId: made.table!, cidr: '192.168.50.0/24', gateway: '10.40.1.250' } } })).expectNoGraphQLErrors().createRoute;
    expect(nowhere.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'gateway'] });

    const route = (await execute(client, CreateRoute, { variables: { input: { routingTableId: made.table!, cidr: '192.168.50.0/24', gateway: made.serverIp } } })).expectNoGraphQLErrors().createRoute;
    expect(route.errors).toEqual([]);
    expect(route.route).toMatchObject({ cidr: '192.168.50.0/24', prefixLength: 24, targetType: 'instance', targetServer: { id: made.server, name: 'kn-router' }, routingTable: { id: made.table } });
    const deleted = (await execute(client, DeleteRoute, { variables: { id: route.route!.id } })).expectNoGraphQLErrors().deleteRoute;
    expect(deleted).toEqual({ deletedId: route.route!.id, errors: [] });
  });

  it('should make the table the VPC’s main one, and the former main table an ordinary one', async () => {
    const { client } = stack();
    const made1 = (await execute(client, SetDefaultRoutingTable, { variables: { id: made.table! } })).expectNoGraphQLErrors().setDefaultRoutingTable;
    expect(made1).toMatchObject({ errors: [], routingTable: { id: made.table, isDefault: true } });
    const back = (await execute(client, SetDefaultRoutingTable, { variables: { id: made.mainTable! } })).expectNoGraphQLErrors().setDefaultRoutingTable;
    expect(back).toMatchObject({ errors: [], routingTable: { id: made.mainTable, isDefault: true } });
    const tables = (await execute(client, VpcDetails, { variables: { id: made.vpc! } })).expectNoGraphQLErrors().node;
    expect(tables && 'routingTables' in tables ? tables.routingTables!.filter((t) => t.isDefault).map((t) => t.id) : []).toEqual([made.mainTable]);
  });
});

describe('KakaoCloud security groups', () => {
  it('should create a group, change it, add and remove rules (upper-case protocols, string ports upstream)', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateSecurityGroup, { variables: { input: { regionId: kakaoRegionId(), name: 'kn-sg', description: 'e2e' } } })).expectNoGraphQLErrors().createSecurityGroup;
    expect(created).toMatchObject({ errors: [], securityGroup: { name: 'kn-sg', description: 'e2e' } });
    made.group = created.securityGroup!.id;
    const duplicate = (await execute(client, CreateSecurityGroup, { variables: { input: { regionId: kakaoRegionId(), name: 'kn-sg' } } })).expectNoGraphQLErrors().createSecurityGroup;
    expect(duplicate.errors[0]).toMatchObject({ __typename: 'ConflictError' });

    const updated = (await execute(client, UpdateSecurityGroup, { variables: { input: { id: made.group, description: 'e2e, changed' } } })).expectNoGraphQLErrors().updateSecurityGroup;
    expect(updated).toMatchObject({ errors: [], securityGroup: { name: 'kn-sg', description: 'e2e, changed' } });

    const rule = (
      await execute(client, CreateRule, {
        variables: { input: { securityGroupId: made.group, direction: 'INGRESS', protocol: 'tcp', portRangeMin: 8080, portRangeMax: 8081, remoteIpPrefix: '10.0.0.0/8', description: 'app' } },
      })
    ).expectNoGraphQLErrors().createSecurityGroupRule;
    expect(rule.errors).toEqual([]);
    expect(rule.rule).toMatchObject({ direction: 'INGRESS', etherType: 'IPv4', protocol: 'tcp', portRangeMin: 8080, portRangeMax: 8081, remoteIpPrefix: '10.0.0.0/8', securityGroup: { id: made.group } });
    const anyProtocol = (await execute(client, CreateRule, { variables: { input: { securityGroupId: made.group, direction: 'EGRESS', remoteIpPrefix: '10.40.0.0/16' } } })).expectNoGraphQLErrors()
      .createSecurityGroupRule;
    expect(anyProtocol).toMatchObject({ errors: [], rule: { direction: 'EGRESS', protocol: null } });
    const gre = (await execute(client, CreateRule, { variables: { input: { securityGroupId: made.group, direction: 'INGRESS', protocol: 'gre' } } })).expectNoGraphQLErrors().createSecurityGroupRule;
    expect(gre.errors[0]).toMatchObject({ __typename: 'ValidationError' });

    const removed = (await execute(client, DeleteRule, { variables: { id: rule.rule!.id } })).expectNoGraphQLErrors().deleteSecurityGroupRule;
    expect(removed).toEqual({ deletedId: rule.rule!.id, errors: [] });
  });
});

describe('KakaoCloud network interfaces (ports)', () => {
  it('should create a free interface in a subnet with the groups given, and delete it', async () => {
    const { client } = stack();
    const created = (await execute(client, CreatePort, { variables: { input: { subnetId: made.subnet!, name: 'kn-port', ipAddress: '10.40.1.100', securityGroupIds: [made.group!] } } })).expectNoGraphQLErrors()
      .createPort;
    expect(created.errors).toEqual([]);
    expect(created.port).toMatchObject({ name: 'kn-port', status: 'available', fixedIps: [{ ipAddress: '10.40.1.100', subnet: { id: made.subnet } }], securityGroups: [{ id: made.group, name: 'kn-sg' }], server: null });
    const deleted = (await execute(client, DeletePort, { variables: { id: created.port!.id } })).expectNoGraphQLErrors().deletePort;
    expect(deleted).toEqual({ deletedId: created.port!.id, errors: [] });
  });

  it('should put the project’s default group on an interface created without groups', async () => {
    const { client } = stack();
    const created = (await execute(client, CreatePort, { variables: { input: { subnetId: made.subnet!, name: 'kn-port-default' } } })).expectNoGraphQLErrors().createPort;
    expect(created).toMatchObject({ errors: [], port: { securityGroups: [{ name: 'default' }] } });
    await execute(client, DeletePort, { variables: { id: created.port!.id } });
  });
});

describe('KakaoCloud public IPs (floating IPs)', () => {
  it('should allocate a public IP, attach it to a server, detach and release it', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateFloatingIp, { variables: { input: { regionId: kakaoRegionId(), label: 'knip' } } })).expectNoGraphQLErrors().createFloatingIp;
    expect(created).toMatchObject({ errors: [], floatingIp: { status: 'DOWN', rawStatus: 'available', label: 'knip', port: null } });
    const id = created.floatingIp!.id;

    const associated = (await execute(client, AssociateFloatingIp, { variables: { id, serverId: made.server! } })).expectNoGraphQLErrors().associateFloatingIp;
    expect(associated.errors).toEqual([]);
    expect(associated.floatingIp).toMatchObject({ fixedIpAddress: made.serverIp, server: { id: made.server } });
    await eventually(async () => {
      const again = (await execute(client, AssociateFloatingIp, { variables: { id, serverId: made.server! } })).expectNoGraphQLErrors().associateFloatingIp;
      // Already associated: the refusal carries the status, ACTIVE once `in_use`.
      return again.errors[0]?.__typename === 'ConflictError' && 'currentStatus' in again.errors[0] && again.errors[0].currentStatus === 'ACTIVE' ? true : undefined;
    });

    const detached = (await execute(client, DisassociateFloatingIp, { variables: { id } })).expectNoGraphQLErrors().disassociateFloatingIp;
    expect(detached).toMatchObject({ errors: [], floatingIp: { status: 'DOWN', port: null } });
    const released = (await execute(client, DeleteFloatingIp, { variables: { id } })).expectNoGraphQLErrors().deleteFloatingIp;
    expect(released).toEqual({ deletedId: id, errors: [] });
  });

  it('should allocate a public IP attached to a server at once', async () => {
    const { client } = stack();
    // The server may hold one public IP per interface: release the one it would conflict with first.
    const created = (await execute(client, CreateFloatingIp, { variables: { input: { regionId: kakaoRegionId(), serverId: made.server! } } })).expectNoGraphQLErrors().createFloatingIp;
    expect(created).toMatchObject({ errors: [], floatingIp: { server: { id: made.server } } });
    await execute(client, DisassociateFloatingIp, { variables: { id: created.floatingIp!.id } });
    await execute(client, DeleteFloatingIp, { variables: { id: created.floatingIp!.id } });
  });
});

describe('KakaoCloud network teardown', () => {
  it('should refuse to delete a VPC that still has subnets, then delete everything in order', async () => {
    const { client } = stack();
    const refused = (await execute(client, DeleteVpc, { variables: { id: made.vpc! } })).expectNoGraphQLErrors().deleteVpc;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError' });

    expect((await execute(client, DeleteServer, { variables: { id: made.server! } })).expectNoGraphQLErrors().deleteServer.errors).toEqual([]);
    await kakaoGone(client, made.server!);
    expect((await execute(client, DeleteSecurityGroup, { variables: { id: made.group! } })).expectNoGraphQLErrors().deleteSecurityGroup.errors).toEqual([]);
    expect((await execute(client, DeleteRoutingTable, { variables: { id: made.table! } })).expectNoGraphQLErrors().deleteRoutingTable.errors).toEqual([]);
    expect((await execute(client, DeleteSubnet, { variables: { id: made.subnet! } })).expectNoGraphQLErrors().deleteSubnet.errors).toEqual([]);
    await kakaoGone(client, made.subnet!);
    const deleted = (await execute(client, DeleteVpc, { variables: { id: made.vpc! } })).expectNoGraphQLErrors().deleteVpc;
    expect(deleted).toEqual({ deletedId: made.vpc, errors: [] });
    await kakaoGone(client, made.vpc!);
  });
});
