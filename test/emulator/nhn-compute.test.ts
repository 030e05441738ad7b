import { beforeAll, describe, expect, it } from 'vitest';
import { computeState } from '../../src/emulator/nhn/compute/state.js';
import { flavorNamed } from '../../src/emulator/nhn/compute/flavors.js';
import { publicImageId, type PublicImageKey } from '../../src/emulator/nhn/image/public-images.js';
import type { NhnRegion } from '../../src/emulator/nhn/state.js';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { startEmulator } from '../../src/emulator/server.js';
import { call, nhnToken, type Reply, useManualEmulator } from './helpers.js';

// The manual clock: states change when the test moves it, not when real time passes.
const { emulator, advanceUntil, clock } = useManualEmulator();
let token: string;
let otherToken: string;

/** Each region's seeded `Default Network` subnet, where created servers get their port. */
const defaultSubnet = {} as Record<NhnRegion, string>;

beforeAll(async () => {
  token = await nhnToken(emulator());
  otherToken = await nhnToken(emulator(), OTHER_NHN);
  for (const region of ['kr1', 'kr2', 'kr3', 'jp1', 'us1'] as const) {
    const reply = await call(`${emulator().ctx.nhnServiceUrl(region, 'network')}/v2.0/vpcsubnets?name=Default%20Network`, { token });
    defaultSubnet[region] = reply.json.vpcsubnets[0].id;
  }
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function computeUrl(region: NhnRegion = 'kr1', tenantId: string = DEMO_NHN.tenantId): string {
  return `${emulator().ctx.nhnServiceUrl(region, 'compute')}/v2/${tenantId}`;
}

function get(path: string, region: NhnRegion = 'kr1'): Promise<Reply> {
  return call(`${computeUrl(region)}${path}`, { token });
}

function send(method: string, path: string, body: unknown, region: NhnRegion = 'kr1'): Promise<Reply> {
  return call(`${computeUrl(region)}${path}`, { method, token, body });
}

function action(region: NhnRegion, serverId: string, body: unknown): Promise<Reply> {
  return send('POST', `/servers/${serverId}/action`, body, region);
}

const flavor = (region: NhnRegion, name: string) => flavorNamed(region, name).id;
const image = (region: NhnRegion, key: PublicImageKey) => publicImageId(region, key);

/** A valid create body as NHN's guide shows it, booting Ubuntu 24.04 from a 20 GB volume. */
function serverBody(region: NhnRegion, overrides: Record<string, unknown> = {}): { server: Record<string, unknown> } {
  const imageRef = image(region, 'ubuntu-24.04');
  return {
    server: {
      name: 'test-server',
      imageRef,
      flavorRef: flavor(region, 'm2.c1m2'),
      networks: [{ subnet: defaultSubnet[region] }],
      key_name: 'demo-key',
      block_device_mapping_v2: [
        { source_type: 'image', uuid: imageRef, boot_index: 0, volume_size: 20, destination_type: 'volume', delete_on_termination: 1 },
      ],
      ...overrides,
    },
  };
}

async function createServer(region: NhnRegion, overrides: Record<string, unknown> = {}): Promise<string> {
  const reply = await send('POST', '/servers', serverBody(region, overrides), region);
  expect(reply.status, reply.text).toBe(202);
  return reply.json.server.id;
}

async function showServer(region: NhnRegion, id: string): Promise<Record<string, any>> {
  const reply = await get(`/servers/${id}`, region);
  expect(reply.status, reply.text).toBe(200);
  return reply.json.server;
}

function waitForStatus(region: NhnRegion, id: string, status: string): Promise<Record<string, any>> {
  return advanceUntil(async () => {
    const server = await showServer(region, id);
    return server.status === status ? server : undefined;
  });
}

async function activeServer(region: NhnRegion, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await createServer(region, overrides);
  await waitForStatus(region, id, 'ACTIVE');
  return id;
}

async function seededServerId(region: NhnRegion, name: string): Promise<string> {
  const reply = await get(`/servers?name=^${name}$`, region);
  expect(reply.json.servers).toHaveLength(1);
  return reply.json.servers[0].id;
}

describe('NHN compute: authentication', () => {
  it('should answer 401 with the keystonemiddleware body for a missing or unknown token', async () => {
    for (const t of [undefined, 'f'.repeat(32)]) {
      const reply = await call(`${computeUrl()}/servers`, { token: t });
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
      expect(reply.headers.get('www-authenticate')).toBe(`Keystone uri="${emulator().ctx.nhnIdentityUrl}"`);
    }
  });

  it("should refuse a token of another tenant on this tenant's path with 403", async () => {
    const reply = await call(`${computeUrl('kr1', DEMO_NHN.tenantId)}/servers`, { token: otherToken });
    expect(reply.status).toBe(403);
    expect(reply.json.forbidden).toMatchObject({ code: 403, message: expect.stringContaining(DEMO_NHN.tenantId) });
  });
});

describe('NHN compute: flavors and availability zones', () => {
  it('should list flavors with self and bookmark links, sorted by id', async () => {
    const { flavors } = (await get('/flavors')).json;
    expect(flavors.length).toBeGreaterThan(10);
    expect(flavors.map((f: { id: string }) => f.id)).toEqual(flavors.map((f: { id: string }) => f.id).sort());
    const m2 = flavors.find((f: { name: string }) => f.name === 'm2.c2m4');
    expect(Object.keys(m2).sort()).toEqual(['id', 'links', 'name']);
    expect(m2.links).toEqual([
      { href: `${computeUrl()}/flavors/${m2.id}`, rel: 'self' },
      { href: `${emulator().ctx.nhnServiceUrl('kr1', 'compute')}/${DEMO_NHN.tenantId}/flavors/${m2.id}`, rel: 'bookmark' },
    ]);
  });

  it('should list flavor details with the fields of the guide', async () => {
    const { flavors } = (await get('/flavors/detail')).json;
    const x1 = flavors.find((f: { name: string }) => f.name === 'x1.c32m256');
    expect(x1).toMatchObject({
      ram: 262144,
      vcpus: 32,
      disk: 0,
      swap: '',
      rxtx_factor: 1.0,
      'OS-FLV-DISABLED:disabled': false,
      'os-flavor-access:is_public': true,
      'OS-FLV-EXT-DATA:ephemeral': 0,
      extra_specs: { flavor_type: 'performance' },
    });
    expect(x1.id).toMatch(UUID);
  });

  it('should filter flavors by minRam and minDisk', async () => {
    const big = (await get('/flavors/detail?minRam=65536')).json.flavors;
    expect(big.map((f: { name: string }) => f.name).sort()).toEqual(['r2.c8m64', 'x1.c32m128', 'x1.c32m256']);
    const local = (await get('/flavors?minDisk=1')).json.flavors;
    expect(local.map((f: { name: string }) => f.name).sort()).toEqual(['u2.c2m4', 'u2.c4m8']);
    expect((await get('/flavors?minRam=lots')).status).toBe(400);
  });

  it('should show one flavor and answer itemNotFound for an unknown one', async () => {
    const id = flavor('kr1', 'm2.c4m8');
    const reply = await get(`/flavors/${id}`);
    expect(reply.json.flavor).toMatchObject({ id, name: 'm2.c4m8', vcpus: 4, ram: 8192 });
    const missing = await get('/flavors/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ itemNotFound: { code: 404, message: 'Flavor 00000000-0000-0000-0000-000000000000 could not be found.' } });
  });

  it("should list each region's availability zones", async () => {
    const zones = async (region: NhnRegion) =>
      (await get('/os-availability-zone', region)).json.availabilityZoneInfo.map((z: { zoneName: string; zoneState: unknown }) => [z.zoneName, z.zoneState]);
    expect(await zones('kr1')).toEqual([['kr-pub-a', { available: true }], ['kr-pub-b', { available: true }]]);
    expect(await zones('kr2')).toEqual([['kr2-pub-a', { available: true }], ['kr2-pub-b', { available: true }]]);
  });
});

describe('NHN compute: key pairs', () => {
  it('should list key pairs wrapped one by one', async () => {
    const { keypairs } = (await get('/os-keypairs')).json;
    const names = keypairs.map((k: { keypair: { name: string } }) => k.keypair.name).sort();
    expect(names).toEqual(['ci-deploy', 'demo-key']);
    expect(Object.keys(keypairs[0].keypair).sort()).toEqual(['fingerprint', 'name', 'public_key']);
    expect(keypairs[0].keypair.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('should keep key pairs per region', async () => {
    const names = (await get('/os-keypairs', 'kr2')).json.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name);
    expect(names).toEqual(['demo-key']);
  });

  it('should generate a key pair with a private key, show it, and delete it', async () => {
    const created = await send('POST', '/os-keypairs', { keypair: { name: 'generated key' } });
    expect(created.status).toBe(200);
    const keypair = created.json.keypair;
    expect(keypair).toMatchObject({ name: 'generated key', user_id: DEMO_NHN.userId });
    expect(keypair.public_key).toMatch(/^ssh-rsa AAAA[A-Za-z0-9+/=]+ Generated-by-Nova$/);
    expect(keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);

    const shown = (await get('/os-keypairs/generated%20key')).json.keypair;
    expect(shown).toMatchObject({ name: 'generated key', public_key: keypair.public_key, fingerprint: keypair.fingerprint, deleted: false, updated_at: null, deleted_at: null });
    expect(shown.id).toEqual(expect.any(Number));
    expect(shown.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(shown).not.toHaveProperty('private_key');

    expect((await send('DELETE', '/os-keypairs/generated%20key', undefined)).status).toBe(202);
    const gone = await get('/os-keypairs/generated%20key');
    expect(gone.status).toBe(404);
    expect(gone.json.itemNotFound.code).toBe(404);
  });

  it('should import a public key without returning a private key', async () => {
    const publicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHdYqT+6kPsnrdsnFPMYUcgpsMM56uIcSxnCwMwbuGom imported@example';
    const reply = await send('POST', '/os-keypairs', { keypair: { name: 'imported', public_key: publicKey } }, 'kr3');
    expect(reply.status).toBe(200);
    expect(reply.json.keypair.public_key).toBe(publicKey);
    expect(reply.json.keypair).not.toHaveProperty('private_key');
    // The fingerprint ssh-keygen -lf prints for this key.
    expect(reply.json.keypair.fingerprint).toBe('SHA256:X5Zi3xYB6uKInMQE9HSCG7FrKWdKf78hFaIsqEBYF7Y');
  });

  it.each([
    ['a duplicate name', { name: 'demo-key' }, 409, 'conflictingRequest'],
    ['an invalid public key', { name: 'broken', public_key: 'ssh-rsa not-base64!' }, 400, 'badRequest'],
    ['an unsafe name', { name: 'bad/name' }, 400, 'badRequest'],
    ['no name', {}, 400, 'badRequest'],
  ])('should refuse %s', async (_case, keypair, status, fault) => {
    const reply = await send('POST', '/os-keypairs', { keypair });
    expect(reply.status).toBe(status);
    expect(reply.json[fault]).toMatchObject({ code: status, message: expect.any(String) });
  });
});

describe('NHN compute: listing servers', () => {
  it("should list the tenant's servers with id, links and name only, newest first", async () => {
    const { servers } = (await get('/servers')).json;
    expect(servers).toHaveLength(10);
    expect(Object.keys(servers[0]).sort()).toEqual(['id', 'links', 'name']);
    expect(servers[0].links[0]).toEqual({ href: `${computeUrl()}/servers/${servers[0].id}`, rel: 'self' });
    const details = (await get('/servers/detail')).json.servers;
    const created = details.map((s: { created: string }) => s.created);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('should show servers in detail in mixed states', async () => {
    const kr1 = (await get('/servers/detail')).json.servers;
    const kr2 = (await get('/servers/detail', 'kr2')).json.servers;
    const statuses = new Set([...kr1, ...kr2].map((s: { status: string }) => s.status));
    expect(statuses).toEqual(new Set(['ACTIVE', 'SHUTOFF', 'SHELVED_OFFLOADED', 'ERROR']));

    const db = kr1.find((s: { name: string }) => s.name === 'db-master');
    expect(db).toMatchObject({
      status: 'ACTIVE',
      tenant_id: DEMO_NHN.tenantId,
      user_id: DEMO_NHN.userId,
      key_name: 'demo-key',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
      'OS-EXT-AZ:availability_zone': 'kr-pub-a',
      flavor: { id: flavor('kr1', 'r2.c4m32') },
      image: { id: image('kr1', 'rocky-9') },
      security_groups: [{ name: 'default' }, { name: 'db' }],
      metadata: { os_distro: 'rocky', login_username: 'rocky', image_name: 'Rocky Linux 9.5 (2025.03.25)', volume_size: '20' },
    });
    expect(db.created).toMatch(ISO_SECONDS);
    expect(db.updated).toMatch(ISO_SECONDS);
    expect(db['OS-SRV-USG:launched_at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(db['os-extended-volumes:volumes_attached']).toHaveLength(2);
    expect(db.addresses['Default Network'][0]).toMatchObject({ version: 4, 'OS-EXT-IPS:type': 'fixed', addr: expect.stringMatching(/^192\.168\./) });
    expect(db.addresses['Default Network'][0]['OS-EXT-IPS-MAC:mac_addr']).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);

    const shutoff = kr1.find((s: { name: string }) => s.name === 'db-replica');
    expect(shutoff).toMatchObject({ status: 'SHUTOFF', 'OS-EXT-STS:vm_state': 'stopped', 'OS-EXT-STS:power_state': 4 });
    const error = kr2.find((s: { name: string }) => s.name === 'ml-trainer');
    expect(error).toMatchObject({ status: 'ERROR', 'OS-SRV-USG:launched_at': null });
  });

  it('should page with limit, marker and a next link', async () => {
    const all = (await get('/servers')).json.servers.map((s: { id: string }) => s.id);
    const first = (await get('/servers?limit=4')).json;
    expect(first.servers.map((s: { id: string }) => s.id)).toEqual(all.slice(0, 4));
    const next = new URL(first.servers_links[0].href);
    expect(first.servers_links[0].rel).toBe('next');
    expect(next.searchParams.get('marker')).toBe(all[3]);
    const second = (await call(next.href, { token })).json;
    expect(second.servers.map((s: { id: string }) => s.id)).toEqual(all.slice(4, 8));
    const last = (await get(`/servers?limit=4&marker=${all[7]}`)).json;
    expect(last.servers.map((s: { id: string }) => s.id)).toEqual(all.slice(8));
    expect(last).not.toHaveProperty('servers_links');
  });

  it('should refuse an unknown marker and a bad limit with 400', async () => {
    const marker = await get('/servers?marker=00000000-0000-0000-0000-000000000000');
    expect(marker.status).toBe(400);
    expect(marker.json.badRequest.message).toContain('marker');
    expect((await get('/servers?limit=-1')).status).toBe(400);
  });

  it('should filter by name regex, status, flavor and image', async () => {
    const names = async (query: string, region: NhnRegion = 'kr1') =>
      (await get(`/servers/detail?${query}`, region)).json.servers.map((s: { name: string }) => s.name).sort();
    expect(await names('name=^web-0[12]$')).toEqual(['web-01', 'web-02']);
    expect(await names('name=replica')).toEqual(['db-replica']);
    expect(await names('status=shutoff')).toEqual(['batch-worker', 'db-replica']);
    expect(await names('status=SHELVED_OFFLOADED')).toEqual(['legacy-win']);
    expect(await names(`flavor=${flavor('kr1', 'r2.c4m32')}`)).toEqual(['db-master', 'db-replica']);
    expect(await names(`image=${image('kr1', 'ubuntu-24.04')}`)).toEqual(['api-01', 'api-02', 'build-agent']);
    expect(await names('status=ERROR', 'kr2')).toEqual(['ml-trainer']);
  });

  it('should keep regions and tenants apart', async () => {
    const kr1 = (await get('/servers')).json.servers.map((s: { id: string }) => s.id);
    const kr2 = (await get('/servers', 'kr2')).json.servers.map((s: { id: string }) => s.id);
    expect(kr2).toHaveLength(5);
    expect(kr1.filter((id: string) => kr2.includes(id))).toEqual([]);
    expect((await get(`/servers/${kr1[0]}`, 'kr2')).status).toBe(404);

    const other = (await call(`${computeUrl('kr1', OTHER_NHN.tenantId)}/servers`, { token: otherToken })).json.servers;
    expect(other.map((s: { name: string }) => s.name).sort()).toEqual(['other-app-01', 'other-app-02']);
    const stranger = await get(`/servers/${other[0].id}`);
    expect(stranger.status).toBe(404);
    expect(stranger.json).toEqual({ itemNotFound: { code: 404, message: `Instance ${other[0].id} could not be found.` } });
  });

  it('should keep seeded ids across restarts', async () => {
    const again = await startEmulator({ transitionMs: 50 });
    try {
      const againToken = await nhnToken(again);
      const url = `${again.ctx.nhnServiceUrl('kr1', 'compute')}/v2/${DEMO_NHN.tenantId}`;
      const ids = async (u: string, t: string) => (await call(`${u}/servers`, { token: t })).json.servers.map((s: { id: string }) => s.id).sort();
      const flavorIds = async (u: string, t: string) => (await call(`${u}/flavors`, { token: t })).json.flavors.map((f: { id: string }) => f.id);
      expect(await ids(url, againToken)).toEqual(await ids(computeUrl(), token));
      expect(await flavorIds(url, againToken)).toEqual(await flavorIds(computeUrl(), token));
    } finally {
      await again.close();
    }
  });
});

describe('NHN compute: creating servers', () => {
  it('should answer 202 with id, links and security groups, then build the server to ACTIVE', async () => {
    const reply = await send('POST', '/servers', serverBody('jp1', { name: 'fresh', metadata: { role: 'test' }, availability_zone: 'jp-pub-b' }), 'jp1');
    expect(reply.status).toBe(202);
    const { server } = reply.json;
    expect(server).toEqual({
      id: expect.stringMatching(UUID),
      links: [expect.objectContaining({ rel: 'self' }), expect.objectContaining({ rel: 'bookmark' })],
      security_groups: [{ name: 'default' }],
      'OS-DCF:diskConfig': 'MANUAL',
    });
    expect(reply.headers.get('location')).toBe(`${computeUrl('jp1')}/servers/${server.id}`);

    const building = await showServer('jp1', server.id);
    expect(building).toMatchObject({ status: 'BUILD', 'OS-EXT-STS:vm_state': 'building', 'OS-EXT-STS:task_state': 'scheduling', 'OS-EXT-STS:power_state': 0, addresses: {} });
    expect(building['OS-SRV-USG:launched_at']).toBeNull();

    const active = await waitForStatus('jp1', server.id, 'ACTIVE');
    expect(active).toMatchObject({
      name: 'fresh',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
      'OS-EXT-AZ:availability_zone': 'jp-pub-b',
      key_name: 'demo-key',
      metadata: { role: 'test', image_name: 'Ubuntu Server 24.04 LTS (2025.04.22)', volume_size: '20', os_type: 'linux' },
    });
    expect(active['OS-SRV-USG:launched_at']).not.toBeNull();
    expect(active.addresses['Default Network']).toHaveLength(1);
    expect(active['os-extended-volumes:volumes_attached']).toHaveLength(1);
    expect(Date.parse(active.updated)).toBeGreaterThanOrEqual(Date.parse(building.updated));
  });

  it('should show an empty image for a server booted from a volume without imageRef', async () => {
    const id = await createServer('jp1', { imageRef: undefined, name: 'volume-boot' });
    expect((await showServer('jp1', id)).image).toBe('');
  });

  it('should create several servers under one reservation', async () => {
    const reply = await send('POST', '/servers', serverBody('jp1', { name: 'batch', min_count: 2, max_count: 2, return_reservation_id: true }), 'jp1');
    expect(reply.status).toBe(202);
    const reservation = reply.json.reservation_id;
    expect(reservation).toMatch(/^r-/);
    const names = (await get(`/servers?reservation_id=${reservation}`, 'jp1')).json.servers.map((s: { name: string }) => s.name).sort();
    expect(names).toEqual(['batch-1', 'batch-2']);
  });

  it.each([
    ['no name', { name: undefined }, 'name'],
    ['an unknown flavor', { flavorRef: 'nope' }, 'Flavor nope could not be found.'],
    ['an unknown image', { imageRef: '00000000-0000-4000-8000-000000000000' }, 'Image 00000000-0000-4000-8000-000000000000 could not be found.'],
    ['an unknown key pair', { key_name: 'missing' }, 'Invalid key_name provided.'],
    ['no networks', { networks: undefined }, 'networks'],
    ['an unknown availability zone', { availability_zone: 'kr-pub-z' }, 'The requested availability zone is not available'],
    ['a volume flavor without block_device_mapping_v2', { block_device_mapping_v2: undefined }, 'block_device_mapping_v2'],
    ['user data that is not base64', { user_data: 'not base64!' }, 'User data needs to be valid base 64.'],
    ['more than ten servers', { max_count: 11 }, 'max_count'],
  ])('should refuse a server with %s with 400 badRequest', async (_case, overrides, message) => {
    const reply = await send('POST', '/servers', serverBody('kr3', overrides), 'kr3');
    expect(reply.status).toBe(400);
    expect(reply.json.badRequest).toEqual({ code: 400, message: expect.stringContaining(message) });
  });

  it("should enforce the image's minimum disk and NHN's Windows rules", async () => {
    const windows = image('kr3', 'windows-2022');
    const bdm = (size: number) => [{ source_type: 'image', uuid: windows, boot_index: 0, volume_size: size, destination_type: 'volume' }];
    const small = await send('POST', '/servers', serverBody('kr3', { name: 'win', imageRef: windows, flavorRef: flavor('kr3', 'm2.c2m4'), block_device_mapping_v2: bdm(20) }), 'kr3');
    expect(small.json.badRequest.message).toContain('Volume is smaller than the minimum size specified in image metadata');
    const tiny = await send('POST', '/servers', serverBody('kr3', { name: 'win', imageRef: windows, flavorRef: flavor('kr3', 't2.c1m1'), block_device_mapping_v2: bdm(50) }), 'kr3');
    expect(tiny.json.badRequest.message).toBe("Flavor's memory is too small for requested image.");
    const u2 = await send('POST', '/servers', serverBody('kr3', { name: 'win', imageRef: windows, flavorRef: flavor('kr3', 'u2.c4m8'), block_device_mapping_v2: undefined }), 'kr3');
    expect(u2.status).toBe(400);
    const longName = await send('POST', '/servers', serverBody('kr3', { name: 'windows-name-too-long', imageRef: windows, flavorRef: flavor('kr3', 'm2.c2m4'), block_device_mapping_v2: bdm(50) }), 'kr3');
    expect(longName.status).toBe(400);
  });

  it('should refuse malformed JSON with 400', async () => {
    const reply = await call(`${computeUrl('kr3')}/servers`, { method: 'POST', token, body: '{"server":', headers: { 'content-type': 'application/json' } });
    expect(reply.status).toBe(400);
    expect(reply.json.badRequest.message).toBe('Malformed request body');
  });

  it('should refuse servers beyond the instance quota with 403 forbidden', async () => {
    computeState(emulator().ctx, DEMO_NHN.tenantId, 'us1').quota.instances = 1;
    const reply = await send('POST', '/servers', serverBody('us1'), 'us1');
    expect(reply.status).toBe(403);
    expect(reply.json.forbidden.message).toBe('Quota exceeded for instances: Requested 1, but already used 1 of 1 instances');
  });
});

describe('NHN compute: updating and deleting servers', () => {
  it('should rename a server and bump updated', async () => {
    const id = await seededServerId('kr3', 'edge-01');
    const before = await showServer('kr3', id);
    const reply = await send('PUT', `/servers/${id}`, { server: { name: 'renamed' } }, 'kr3');
    expect(reply.status).toBe(200);
    expect(reply.json.server.name).toBe('renamed');
    expect(Date.parse(reply.json.server.updated)).toBeGreaterThan(Date.parse(before.updated));
    expect((await send('PUT', `/servers/${id}`, { server: { flavorRef: 'x' } }, 'kr3')).status).toBe(400);
  });

  it('should merge metadata on POST and replace it on PUT', async () => {
    const id = await seededServerId('kr1', 'api-01');
    const merged = await send('POST', `/servers/${id}/metadata`, { metadata: { team: 'core' } });
    expect(merged.json.metadata).toMatchObject({ team: 'core', os_distro: 'ubuntu' });
    const replaced = await send('PUT', `/servers/${id}/metadata`, { metadata: { only: 'this' } });
    expect(replaced.json.metadata).toEqual({ only: 'this' });
    expect((await get(`/servers/${id}/metadata`)).json).toEqual({ metadata: { only: 'this' } });
    expect((await send('PUT', `/servers/${id}/metadata`, { metadata: { bad: 1 } })).status).toBe(400);
  });

  it('should delete a server through task_state deleting, then answer 404 and report it as DELETED to changes-since', async () => {
    const id = await activeServer('jp1');
    const since = new Date(clock.now().getTime() - 1000).toISOString().slice(0, 19);
    expect((await send('DELETE', `/servers/${id}`, undefined, 'jp1')).status).toBe(204);
    const deleting = await showServer('jp1', id);
    expect(deleting['OS-EXT-STS:task_state']).toBe('deleting');
    expect(deleting.status).toBe('ACTIVE');

    await advanceUntil(async () => ((await get(`/servers/${id}`, 'jp1')).status === 404 ? true : undefined));
    const gone = await get(`/servers/${id}`, 'jp1');
    expect(gone.json.itemNotFound.message).toBe(`Instance ${id} could not be found.`);
    expect((await get('/servers', 'jp1')).json.servers.map((s: { id: string }) => s.id)).not.toContain(id);
    const changed = (await get(`/servers/detail?changes-since=${since}`, 'jp1')).json.servers;
    expect(changed.find((s: { id: string }) => s.id === id)).toMatchObject({ status: 'DELETED', 'OS-EXT-STS:vm_state': 'deleted' });
    expect(changed.find((s: { id: string }) => s.id === id)['OS-SRV-USG:terminated_at']).toMatch(ISO_SECONDS);
  });

  it('should list only servers changed since a time with changes-since', async () => {
    const id = await seededServerId('kr2', 'bastion');
    // A second on, so what earlier tests changed is older than `since`.
    clock.advance(1000);
    const since = clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect((await get(`/servers?changes-since=${since}`, 'kr2')).json.servers).toEqual([]);
    expect((await action('kr2', id, { 'os-stop': null })).status).toBe(202);
    const changed = (await get(`/servers?changes-since=${since}`, 'kr2')).json.servers;
    expect(changed.map((s: { id: string }) => s.id)).toEqual([id]);
    expect((await get('/servers?changes-since=yesterday', 'kr2')).status).toBe(400);
  });
});

describe('NHN compute: server actions', () => {
  it('should stop an ACTIVE server to SHUTOFF and start it again', async () => {
    const id = await activeServer('jp1');
    expect((await action('jp1', id, { 'os-stop': null })).status).toBe(202);
    expect((await showServer('jp1', id))['OS-EXT-STS:task_state']).toBe('powering-off');
    const off = await waitForStatus('jp1', id, 'SHUTOFF');
    expect(off).toMatchObject({ 'OS-EXT-STS:vm_state': 'stopped', 'OS-EXT-STS:power_state': 4, 'OS-EXT-STS:task_state': null });

    const again = await action('jp1', id, { 'os-stop': null });
    expect(again.status).toBe(409);
    expect(again.json).toEqual({ conflictingRequest: { code: 409, message: `Cannot 'stop' instance ${id} while it is in vm_state stopped` } });

    expect((await action('jp1', id, { 'os-start': null })).status).toBe(202);
    expect((await waitForStatus('jp1', id, 'ACTIVE'))['OS-EXT-STS:power_state']).toBe(1);
    expect((await action('jp1', id, { 'os-start': null })).json.conflictingRequest.message).toBe(
      `Cannot 'start' instance ${id} while it is in vm_state active`,
    );
  });

  it('should refuse actions while the server is building', async () => {
    const id = await createServer('jp1');
    const reply = await action('jp1', id, { 'os-stop': null });
    expect(reply.status).toBe(409);
    expect(reply.json.conflictingRequest.message).toBe(`Cannot 'stop' instance ${id} while it is in vm_state building`);
  });

  it('should reboot SOFT through REBOOT and HARD through HARD_REBOOT, also from SHUTOFF', async () => {
    const id = await activeServer('jp1');
    expect((await action('jp1', id, { reboot: { type: 'SOFT' } })).status).toBe(202);
    expect((await showServer('jp1', id)).status).toBe('REBOOT');
    await waitForStatus('jp1', id, 'ACTIVE');

    await action('jp1', id, { 'os-stop': null });
    await waitForStatus('jp1', id, 'SHUTOFF');
    const soft = await action('jp1', id, { reboot: { type: 'SOFT' } });
    expect(soft.status).toBe(409);
    expect((await action('jp1', id, { reboot: { type: 'HARD' } })).status).toBe(202);
    expect((await showServer('jp1', id)).status).toBe('HARD_REBOOT');
    expect((await waitForStatus('jp1', id, 'ACTIVE'))['OS-EXT-STS:power_state']).toBe(1);
    expect((await action('jp1', id, { reboot: { type: 'GENTLE' } })).status).toBe(400);
  });

  it('should resize through RESIZE to ACTIVE with the new flavor', async () => {
    const id = await activeServer('jp1');
    const target = flavor('jp1', 'm2.c2m4');
    expect((await action('jp1', id, { resize: { flavorRef: target } })).status).toBe(202);
    expect((await showServer('jp1', id)).status).toBe('RESIZE');
    const seen = new Set<string>();
    const done = await advanceUntil(async () => {
      const server = await showServer('jp1', id);
      seen.add(server.status);
      return server.status === 'ACTIVE' ? server : undefined;
    });
    expect(done.flavor.id).toBe(target);
    expect([...seen].every((s) => ['RESIZE', 'VERIFY_RESIZE', 'ACTIVE'].includes(s))).toBe(true);

    expect((await action('jp1', id, { resize: { flavorRef: target } })).json.badRequest.message).toBe('When resizing, instances must change flavor!');
    expect((await action('jp1', id, { resize: { flavorRef: 'nope' } })).json.badRequest.message).toBe('Invalid flavorRef provided.');
  });

  it('should shelve an ACTIVE server to SHELVED_OFFLOADED and unshelve it', async () => {
    const id = await activeServer('jp1');
    expect((await action('jp1', id, { shelve: null })).status).toBe(202);
    expect((await showServer('jp1', id))['OS-EXT-STS:task_state']).toBe('shelving');
    await waitForStatus('jp1', id, 'SHELVED_OFFLOADED');
    expect((await action('jp1', id, { 'os-start': null })).status).toBe(409);
    expect((await action('jp1', id, { unshelve: null })).status).toBe(202);
    expect((await waitForStatus('jp1', id, 'ACTIVE'))['OS-EXT-STS:power_state']).toBe(1);
  });

  it('should refuse to shelve a SHUTOFF server, as the guide allows ACTIVE only', async () => {
    const id = await seededServerId('kr3', 'edge-02');
    const reply = await action('kr3', id, { shelve: null });
    expect(reply.status).toBe(409);
    expect(reply.json.conflictingRequest.message).toBe(`Cannot 'shelve' instance ${id} while it is in vm_state stopped`);
  });

  it('should create an image of a U2 server in the image service of the region', async () => {
    const id = await activeServer('jp1', { flavorRef: flavor('jp1', 'u2.c2m4'), block_device_mapping_v2: undefined });
    const reply = await action('jp1', id, { createImage: { name: 'snap', metadata: { purpose: 'backup' } } });
    expect(reply.status).toBe(202);
    const location = reply.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${emulator().ctx.nhnServiceUrl('jp1', 'image')}/v2/images/[0-9a-f-]{36}$`));
    expect((await showServer('jp1', id))['OS-EXT-STS:task_state']).toBe('image_snapshot');

    const first = await call(location, { token });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ name: 'snap', visibility: 'private', owner: DEMO_NHN.tenantId, purpose: 'backup', instance_uuid: id });
    expect(['queued', 'saving']).toContain(first.json.status);
    const active = await advanceUntil(async () => {
      const img = (await call(location, { token })).json;
      return img.status === 'active' ? img : undefined;
    });
    expect(active.size).toBeGreaterThan(0);
    expect((await call(location, { token: otherToken })).status).toBe(404);
  });

  it('should refuse createImage for a server booting from block storage', async () => {
    const id = await seededServerId('kr1', 'api-02');
    const reply = await action('kr1', id, { createImage: { name: 'nope' } });
    expect(reply.status).toBe(400);
    expect(reply.json.badRequest.message).toContain('U2');
  });

  it('should add and remove security groups by name', async () => {
    const id = await seededServerId('kr1', 'web-03');
    expect((await action('kr1', id, { addSecurityGroup: { name: 'db' } })).status).toBe(202);
    expect((await showServer('kr1', id)).security_groups).toEqual([{ name: 'default' }, { name: 'web' }, { name: 'db' }]);
    expect((await action('kr1', id, { addSecurityGroup: { name: 'db' } })).status).toBe(400);
    expect((await action('kr1', id, { removeSecurityGroup: { name: 'web' } })).status).toBe(202);
    expect((await showServer('kr1', id)).security_groups).toEqual([{ name: 'default' }, { name: 'db' }]);
    expect((await action('kr1', id, { removeSecurityGroup: { name: 'web' } })).status).toBe(400);
    // The groups live on the server's ports in the network service.
    const network = `${emulator().ctx.nhnServiceUrl('kr1', 'network')}/v2.0`;
    const [port] = (await call(`${network}/ports?device_id=${id}`, { token })).json.ports;
    const groups = (await call(`${network}/security-groups?fields=id&fields=name`, { token })).json.security_groups;
    expect(port.security_groups.map((g: string) => groups.find((x: { id: string }) => x.id === g).name).sort()).toEqual(['db', 'default']);
    expect((await action('kr1', id, { addSecurityGroup: { name: 'no-such-group' } })).status).toBe(404);
  });

  it('should answer unknown actions with 400 and unknown servers with 404', async () => {
    const id = await seededServerId('kr1', 'web-01');
    const unknown = await action('kr1', id, { 'os-explode': null });
    expect(unknown.json).toEqual({ badRequest: { code: 400, message: 'There is no such action: os-explode' } });
    expect((await action('kr1', '00000000-0000-0000-0000-000000000000', { 'os-stop': null })).status).toBe(404);
  });
});

describe('NHN compute: volume attachments', () => {
  it('should list the root and data volumes of a seeded server', async () => {
    const id = await seededServerId('kr1', 'db-master');
    const { volumeAttachments } = (await get(`/servers/${id}/os-volume_attachments`)).json;
    expect(volumeAttachments.map((a: { device: string }) => a.device)).toEqual(['/dev/vda', '/dev/vdb']);
    expect(volumeAttachments[0]).toEqual({ device: '/dev/vda', id: volumeAttachments[0].volumeId, serverId: id, volumeId: expect.stringMatching(UUID) });
  });

  it('should attach, show and detach a volume, and refuse to detach the root volume', async () => {
    const id = await seededServerId('kr1', 'db-replica');
    const volumes = `${emulator().ctx.nhnServiceUrl('kr1', 'volume')}/v2/${DEMO_NHN.tenantId}/volumes`;
    const volumeId = (await call(`${volumes}?name=logs-archive`, { token })).json.volumes[0].id;
    const path = `/servers/${id}/os-volume_attachments`;
    const attached = await send('POST', path, { volumeAttachment: { volumeId } });
    expect(attached.status).toBe(200);
    expect(attached.json.volumeAttachment).toEqual({ device: '/dev/vdc', id: volumeId, serverId: id, volumeId });
    expect((await get(`${path}/${volumeId}`)).json.volumeAttachment.device).toBe('/dev/vdc');
    expect((await showServer('kr1', id))['os-extended-volumes:volumes_attached']).toContainEqual({ id: volumeId });
    expect((await send('POST', path, { volumeAttachment: { volumeId } })).status).toBe(400);

    // Block storage must have finished attaching before the volume can be detached.
    await advanceUntil(async () => ((await call(`${volumes}/${volumeId}`, { token })).json.volume.status === 'in-use' ? true : undefined));
    expect((await send('DELETE', `${path}/${volumeId}`, undefined)).status).toBe(202);
    expect((await get(`${path}/${volumeId}`)).status).toBe(404);
    const root = (await get(path)).json.volumeAttachments[0].volumeId;
    expect((await send('DELETE', `${path}/${root}`, undefined)).json.badRequest.message).toBe("Can't detach root device volume");
    expect((await send('POST', path, { volumeAttachment: { volumeId: 'not-a-uuid' } })).status).toBe(400);
  });
});
