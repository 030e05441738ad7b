import { MAX_PAGE } from '../src/schema/connection.js';
import { graphql } from './graphql.js';
import type { NhnRest } from './rest.js';

/** The parts of the dashboard the schema offers, beyond servers with flavor, image and addresses. */
export interface Dashboard {
  query: string;
  /** Optional parts found in the schema (security groups, volumes, VPCs with subnets, clusters). */
  includes: string[];
}

/**
 * The dashboard operation: every region's servers with flavor, image and addresses, and,
 * when the schema has them (other domains are still landing), their security groups and
 * volumes, the VPCs with their subnets and the Kubernetes clusters. Built from the running
 * server's introspection so the bench measures whatever the schema offers today.
 */
export async function dashboardQuery(graphqlUrl: string): Promise<Dashboard> {
  const { data } = await graphql<Record<string, { fields: { name: string }[] } | null>>(
    graphqlUrl,
    `{ server: __type(name: "Server") { fields { name } } region: __type(name: "Region") { fields { name } }
       vpc: __type(name: "Vpc") { fields { name } } cluster: __type(name: "Cluster") { fields { name } } }`,
  );
  const has = (type: string, field: string) => Boolean(data[type]?.fields.some((f) => f.name === field));
  const includes: string[] = [];
  const serverFields = ['id name status', 'flavor { name vcpus ramMb }', 'image { name }', 'addresses { address type }'];
  if (has('server', 'securityGroups')) {
    serverFields.push('securityGroups { id name }');
    includes.push('server security groups');
  }
  if (has('server', 'volumes')) {
    serverFields.push('volumes { id name }');
    includes.push('server volumes');
  }
  const regionFields = [`servers(first: ${MAX_PAGE}) { totalCount edges { node { ${serverFields.join(' ')} } } }`];
  if (has('region', 'vpcs')) {
    regionFields.push(`vpcs { id name${has('vpc', 'subnets') ? ' subnets { id name }' : ''} }`);
    includes.push(has('vpc', 'subnets') ? 'VPCs with subnets' : 'VPCs');
  }
  if (has('region', 'clusters')) {
    regionFields.push(`clusters { id name${has('cluster', 'status') ? ' status' : ''} }`);
    includes.push('clusters');
  }
  return { query: `query Dashboard { regions { name ${regionFields.join(' ')} } }`, includes };
}

/**
 * The same dashboard through the seed REST proxy's model (shared/reference/seeds/002):
 * its instance list carries no flavor or image, so a client lists instances, then GETs each
 * instance's detail, and lists flavors, images, VPCs, subnets and clusters beside that.
 * Every proxy endpoint forwards to one cloud call, so the client's requests are made here
 * straight to the emulator's equivalent endpoints (the proxy's own hop is left out, in the
 * proxy's favour). The proxy has no security-group or volume endpoint at all. Answers the
 * client's round trips (the token is issued once and reused, so not counted).
 */
export async function renderDashboardRest(nhn: NhnRest): Promise<number> {
  const before = nhn.calls;
  await Promise.all([
    (async () => {
      const { servers } = await nhn.get<{ servers: { id: string }[] }>('compute', `/servers/detail?limit=${MAX_PAGE}`);
      await Promise.all(servers.map((s) => nhn.get('compute', `/servers/${s.id}`)));
    })(),
    nhn.get('compute', '/flavors/detail'),
    nhn.get('image', `/v2/images?limit=${MAX_PAGE}`),
    nhn.get('network', '/v2.0/vpcs'),
    nhn.get('network', '/v2.0/vpcsubnets'),
    nhn.get('kubernetes', '/v1/clusters'),
  ]);
  return nhn.calls - before;
}
