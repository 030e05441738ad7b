import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';

const stack = useStack();

const RegionNetwork = graphql(`
  query NetworkRegion($name: String!) {
    region(provider: NHN, name: $name) {
      id
      vpcs {
        id name cidr state external createdAt rawCreatedAt
        defaultRoutingTable { id name }
        subnets { id name cidr gatewayIp availableIpCount routingTableExplicit routingTable { id name isDefault } vpc { id } }
        routingTables {
          id name isDefault distributed
          internetGateway { id name state routingTable { id } externalNetwork { id name external } }
          routes { id cidr prefixLength gateway isLocal internetGateway { id } }
          subnets { name }
        }
      }
      externalNetworks { id name cidr external shared }
      internetGateways { id name state }
      securityGroups {
        id name description
        rules { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id name } securityGroup { id } }
      }
      floatingIps { id address status fixedIpAddress port { id } server { id name } externalNetwork { id } }
    }
  }
`);

const ServersWithNetwork = graphql(`
  query NetworkServers($name: String!) {
    region(provider: NHN, name: $name) {
      servers(first: 100) {
        edges {
          node {
            id name status
            addresses { address type macAddress subnet { id name cidr } }
            subnets { id name }
            securityGroups { id name }
            ports { id status macAddress deviceOwner fixedIps { ipAddress subnet { id } } server { id } securityGroups { name } }
            floatingIps { id address }
            volumes { id name status attachments { device server { id } } }
          }
        }
      }
    }
  }
`);

const NodeOfAnyKind = graphql(`
  query NetworkNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Vpc { name cidr }
      ... on Subnet { name cidr vpc { name } }
      ... on RoutingTable { name isDefault }
      ... on Route { cidr gateway }
      ... on InternetGateway { name state }
      ... on SecurityGroup { name }
      ... on SecurityGroupRule { direction protocol }
      ... on FloatingIp { address }
      ... on Port { macAddress }
    }
  }
`);

async function network(region = 'kr1') {
  return (await execute(stack().client, RegionNetwork, { variables: { name: region } })).expectNoGraphQLErrors().region!;
}

describe('listing the seeded network', () => {
  it('should show the Default Network VPC with its subnets, routing tables, routes and internet gateway', async () => {
    const r = await network();
    expect(r.vpcs!.every((v) => !v.external)).toBe(true);
    const vpc = r.vpcs!.find((v) => v.name === 'Default Network')!;
    expect(vpc).toMatchObject({ cidr: '192.168.0.0/16', state: 'available' });
    // NHN writes `create_time` as `YYYY-MM-DD hh:mm:ss`; Hanul gives the DateTime and keeps the raw text.
    expect(vpc.rawCreatedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(Date.parse(vpc.createdAt!)).toBe(Date.parse(`${vpc.rawCreatedAt!.replace(' ', 'T')}Z`));

    const subnets = Object.fromEntries(vpc.subnets!.map((s) => [s.name, s]));
    expect(subnets['Default Network']).toMatchObject({ cidr: '192.168.0.0/24', gatewayIp: '192.168.0.1', routingTableExplicit: false, vpc: { id: vpc.id } });
    expect(subnets['Default Network']!.routingTable).toMatchObject({ id: vpc.defaultRoutingTable!.id, isDefault: true });
    expect(subnets['private-subnet']).toMatchObject({ cidr: '192.168.10.0/24', routingTableExplicit: true, routingTable: { name: 'private-rt', isDefault: false } });
    expect(subnets['Default Network']!.availableIpCount).toBeGreaterThan(0);

    const tables = Object.fromEntries(vpc.routingTables!.map((t) => [t.name, t]));
    const main = tables[vpc.defaultRoutingTable!.name]!;
    expect(main.name).toMatch(/^vpc-/);
    expect(main.subnets!.map((s) => s.name)).toEqual(['Default Network']);
    expect(main.internetGateway).toMatchObject({ state: 'available', routingTable: { id: main.id }, externalNetwork: { external: true } });
    const local = main.routes!.find((route) => route.isLocal)!;
    expect(local).toMatchObject({ cidr: '192.168.0.0/16', gateway: 'local', prefixLength: 16, internetGateway: null });
    expect(main.routes!.find((route) => route.cidr === '0.0.0.0/0')).toMatchObject({ prefixLength: 0, internetGateway: { id: main.internetGateway!.id } });
    expect(tables['private-rt']).toMatchObject({ isDefault: false, distributed: true, internetGateway: null, subnets: [{ name: 'private-subnet' }] });

    expect(r.externalNetworks).toEqual([expect.objectContaining({ name: 'public_network', cidr: '0.0.0.0/0', external: true, shared: true })]);
    expect(r.internetGateways!.map((g) => g.id)).toContain(main.internetGateway!.id);
  });

  it('should show security groups with their rules, normalised', async () => {
    const r = await network();
    const groups = Object.fromEntries(r.securityGroups!.map((g) => [g.name, g]));
    expect(Object.keys(groups)).toEqual(expect.arrayContaining(['default', 'web', 'db']));
    const def = groups['default']!;
    expect(def.rules).toHaveLength(4);
    expect(def.rules.filter((rule) => rule.direction === 'INGRESS').every((rule) => rule.remoteSecurityGroup?.id === def.id)).toBe(true);
    expect(new Set(def.rules.map((rule) => rule.etherType))).toEqual(new Set(['IPv4', 'IPv6']));
    const web = groups['web']!;
    const ingress = web.rules.filter((rule) => rule.direction === 'INGRESS');
    expect(ingress.map((rule) => rule.portRangeMin).sort((a, b) => a! - b!)).toEqual([22, 80, 443]);
    expect(ingress.every((rule) => rule.protocol === 'tcp' && rule.remoteIpPrefix === '0.0.0.0/0' && rule.securityGroup?.id === web.id)).toBe(true);
    expect(web.rules.filter((rule) => rule.direction === 'EGRESS' && rule.protocol === null)).toHaveLength(2);
  });

  it('should show floating IPs from the external network', async () => {
    const r = await network();
    expect(r.floatingIps!.length).toBeGreaterThanOrEqual(1);
    for (const fip of r.floatingIps!) {
      expect(fip.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(fip.externalNetwork?.id).toBe(r.externalNetworks![0]!.id);
      // Associated ones point at a server's port; free ones at nothing.
      if (fip.port) expect(fip.status).toMatch(/ACTIVE|DOWN/);
      else expect(fip).toMatchObject({ status: 'DOWN', fixedIpAddress: null, server: null });
    }
  });

  it("should show each server's addresses with their subnet, its subnets, ports, security groups, floating IPs and volumes", async () => {
    const { client } = stack();
    const r = await network();
    const subnetIds = new Set(r.vpcs!.flatMap((v) => v.subnets!.map((s) => s.id)));
    const data = (await execute(client, ServersWithNetwork, { variables: { name: 'kr1' } })).expectNoGraphQLErrors();
    const servers = data.region!.servers!.edges.map((e) => e.node);
    const byName = Object.fromEntries(servers.map((s) => [s.name, s]));

    for (const s of servers.filter((x) => x.status === 'ACTIVE' || x.status === 'SHUTOFF')) {
      expect(s.ports!.length, s.name).toBeGreaterThan(0);
      const fixed = s.addresses.filter((a) => a.type === 'FIXED');
      expect(fixed.length, s.name).toBeGreaterThan(0);
      for (const a of fixed) {
        expect(a.subnet, `${s.name} ${a.address}`).not.toBeNull();
        expect(subnetIds.has(a.subnet!.id)).toBe(true);
        expect(a.address.startsWith(a.subnet!.cidr.split('.').slice(0, 3).join('.'))).toBe(true);
      }
      expect(s.subnets!.map((x) => x.id).sort()).toEqual([...new Set(s.ports!.flatMap((p) => p.fixedIps.map((ip) => ip.subnet!.id)))].sort());
      for (const p of s.ports!) expect(p).toMatchObject({ server: { id: s.id }, deviceOwner: expect.stringMatching(/^compute:/) });
      expect(s.securityGroups!.map((g) => g.name)).toContain('default');
      // Every floating address is one of the server's floating IPs.
      const floating = s.addresses.filter((a) => a.type === 'FLOATING').map((a) => a.address).sort();
      expect(s.floatingIps!.map((f) => f.address).sort()).toEqual(floating);
    }
    expect(byName['web-01']!.securityGroups!.map((g) => g.name).sort()).toEqual(['default', 'web']);
    expect(byName['db-master']!.securityGroups!.map((g) => g.name).sort()).toEqual(['db', 'default']);
    expect(byName['api-01']!.securityGroups!.map((g) => g.name)).toEqual(['default']);
    // db-master has a data volume besides its root volume.
    const dbVolumes = byName['db-master']!.volumes;
    expect(dbVolumes!.length).toBeGreaterThanOrEqual(1);
    for (const v of dbVolumes!) expect(v.attachments.map((a) => a.server?.id)).toContain(byName['db-master']!.id);
    expect(dbVolumes!.some((v) => v.attachments.some((a) => a.device !== '/dev/vda'))).toBe(true);
  });

  it('should resolve every network type through node(id:)', async () => {
    const { client } = stack();
    const r = await network();
    const vpc = r.vpcs![0]!;
    const table = vpc.routingTables![0]!;
    const ids = [
      vpc.id,
      vpc.subnets![0]!.id,
      table.id,
      table.routes![0]!.id,
      r.internetGateways![0]!.id,
      r.securityGroups![0]!.id,
      r.securityGroups![0]!.rules[0]!.id,
      ...r.floatingIps!.slice(0, 1).map((f) => f.id),
    ];
    for (const id of ids) {
      const found = (await execute(client, NodeOfAnyKind, { variables: { id } })).expectNoGraphQLErrors();
      expect(found.node?.id, id).toBe(id);
    }
    const missing = Buffer.from('Vpc:NHN:kr1:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await execute(client, NodeOfAnyKind, { variables: { id: missing } })).expectNoGraphQLErrors().node).toBeNull();
  });

  it("should not show another tenant's network", async () => {
    // The demo tenant's kr3 network is its own: the same seed, other ids.
    const kr1 = await network('kr1');
    const kr3 = await network('kr3');
    expect(kr3.vpcs!.map((v) => v.name)).toContain('Default Network');
    expect(kr3.vpcs!.map((v) => v.id)).not.toContain(kr1.vpcs![0]!.id);
  });
});
