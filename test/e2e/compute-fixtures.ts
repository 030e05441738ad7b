import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Client } from '@urql/core';
import { expect } from 'vitest';
import type { Emulator } from '../../src/emulator/server.js';
import type { FaultRule } from '../../src/emulator/faults.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { execute } from './kit.js';

/** Shared set-up of the compute, auth and cost e2e tests: ids, emulator admin calls, a region's catalog. */

/** The global id Hanul gives a resource: `{typename}:{provider}:{region}:{upstream id}`, relay-encoded. */
export function globalId(typename: string, ...parts: string[]): string {
  return encodeGlobalID(typename, parts.join(':'));
}

/** A well-formed id of something that does not exist. */
export const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

/** Makes the emulator answer the next matching requests with a failure (see src/emulator/faults.ts). */
export async function injectFault(emulator: Emulator, rule: Partial<FaultRule>): Promise<void> {
  const reply = await call(`${emulator.url}/_emulator/faults`, { method: 'POST', body: rule });
  if (reply.status !== 201) throw new Error(`fault not accepted: ${reply.status} ${reply.text}`);
}

export async function clearFaults(emulator: Emulator): Promise<void> {
  await call(`${emulator.url}/_emulator/faults`, { method: 'DELETE' });
}

/** How many `POST /servers` (create) requests reached the emulator for a tenant in a region. */
export function serverCreates(emulator: Emulator, region: string, tenantId: string = DEMO_NHN.tenantId): number {
  return emulator.requests.get(`POST /nhn/${region}/compute/v2/${tenantId}/servers`) ?? 0;
}

/** How many requests reached the emulator for `METHOD /path`. */
export function requestsTo(emulator: Emulator, route: string): number {
  return emulator.requests.get(route) ?? 0;
}

/**
 * A VPC subnet of the demo tenant, made through the emulator's network API as a cloud
 * client would. NHN requires `networks` when creating a server; Hanul names the region's
 * `Default Network` subnet when a create names none, and these tests name their own.
 */
export async function demoSubnetId(emulator: Emulator, region: string): Promise<string> {
  const token = await nhnToken(emulator);
  const root = `${emulator.url}/nhn/${region}/network/v2.0`;
  const vpc = await call(`${root}/vpcs`, { method: 'POST', token, body: { vpc: { name: `e2e-${region}`, cidrv4: '10.20.0.0/16' } } });
  if (vpc.status !== 201) throw new Error(`vpc not created: ${vpc.status} ${vpc.text}`);
  const subnet = await call(`${root}/vpcsubnets`, {
    method: 'POST',
    token,
    body: { vpcsubnet: { vpc_id: vpc.json.vpc.id, cidr: '10.20.1.0/24', name: `e2e-${region}-subnet` } },
  });
  if (subnet.status !== 201) throw new Error(`subnet not created: ${subnet.status} ${subnet.text}`);
  return globalId('Subnet', 'NHN', region, subnet.json.vpcsubnet.id);
}

const FixtureCatalog = graphql(`
  query FixtureCatalog($name: String!) {
    region(provider: NHN, name: $name) {
      id
      flavors { id name }
      images(first: 100) { edges { node { id name } } }
      keypairs { id name }
    }
  }
`);

/** What a test needs to build servers in one region. */
export interface RegionCatalog {
  regionId: string;
  flavor(name: string): string;
  /** The first image whose name starts with `prefix` ("Ubuntu Server 24.04"). */
  image(prefix: string): string;
  keypair(name: string): string;
}

/** Reads a region's flavors, images and key pairs through Hanul and indexes their ids by name. */
export async function regionCatalog(client: Client, region: string): Promise<RegionCatalog> {
  const data = (await execute(client, FixtureCatalog, { variables: { name: region } })).expectNoGraphQLErrors();
  const r = data.region!;
  const pick = (list: { id: string; name: string }[], name: string, what: string, prefix = false) => {
    const found = list.find((x) => (prefix ? x.name.startsWith(name) : x.name === name));
    expect(found, `${what} ${name} in ${region}`).toBeDefined();
    return found!.id;
  };
  return {
    regionId: r.id,
    flavor: (name) => pick(r.flavors!, name, 'flavor'),
    image: (prefix) => pick(r.images!.edges.map((e) => e.node), prefix, 'image', true),
    keypair: (name) => pick(r.keypairs!, name, 'key pair'),
  };
}
