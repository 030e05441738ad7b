import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { call, nhnToken } from '../emulator/helpers.js';
import { CLI_TEST_TIMEOUT_MS, CLIS_AVAILABLE, useOpenStackRig, waitFor } from './kit.js';

describe.skipIf(!CLIS_AVAILABLE)('the real OpenStack clients against the emulated NHN compute and image services', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  const rig = useOpenStackRig();
  const computeUrl = () => `${rig().emulator.ctx.nhnServiceUrl('kr1', 'compute')}/v2/${DEMO_NHN.tenantId}`;
  const imageUrl = () => `${rig().emulator.ctx.nhnServiceUrl('kr1', 'image')}/v2/images`;

  async function serverStatus(id: string, token: string): Promise<string | undefined> {
    const reply = await call(`${computeUrl()}/servers/${id}`, { token });
    return reply.status === 404 ? 'gone' : (reply.json.server.status as string);
  }

  it('should issue a token with the default password plugin and Keystone v2.0 discovery', async () => {
    const token = await rig().openstackJson('token', 'issue');
    expect(token.project_id).toBe(DEMO_NHN.tenantId);
    expect(token.user_id).toBe(DEMO_NHN.userId);
    // The printed token opens the services.
    expect((await call(`${computeUrl()}/flavors`, { token: token.id })).status).toBe(200);
  });

  it('should list flavors, images and availability zones (the detail call falls back on its 403)', async () => {
    const flavors = await rig().openstackJson('flavor', 'list');
    expect(flavors.map((f: { Name: string }) => f.Name)).toContain('m2.c2m4');
    const images = await rig().openstackJson('image', 'list');
    expect(images.map((i: { Name: string }) => i.Name)).toContain('Ubuntu Server 22.04 LTS (2025.04.22)');
    const zones = await rig().openstackJson('availability', 'zone', 'list', '--compute');
    expect(zones.map((z: { 'Zone Name': string }) => z['Zone Name'])).toEqual(['kr-pub-a', 'kr-pub-b']);
  });

  it('should create an image, upload its data, show it active with its checksum, and delete it', async () => {
    const data = Buffer.from('not really a qcow2 image\n'.repeat(100));
    writeFileSync(join(rig().dir, 'disk.img'), data);
    const created = await rig().openstackJson(
      'image', 'create', '--file', 'disk.img', '--disk-format', 'qcow2', '--container-format', 'bare',
      '--property', 'os_type=linux', '--tag', 'cli', 'cli-image',
    );
    const token = await nhnToken(rig().emulator);
    await waitFor(async () => ((await call(`${imageUrl()}/${created.id}`, { token })).json?.status === 'active' ? true : undefined));
    const shown = await rig().openstackJson('image', 'show', 'cli-image');
    expect(shown).toMatchObject({ status: 'active', size: data.length, checksum: createHash('md5').update(data).digest('hex'), tags: ['cli'] });
    expect((await rig().run('openstack', ['image', 'delete', 'cli-image'])).code).toBe(0);
    expect((await call(`${imageUrl()}/${created.id}`, { token })).status).toBe(404);
  });

  it('should refuse an image without os_type, as NHN requires it, and print Glance’s reason', async () => {
    const result = await rig().run('openstack', ['image', 'create', '--disk-format', 'qcow2', '--container-format', 'bare', 'no-os-type']);
    expect(result.code).not.toBe(0);
    // The SDK sends Accept */*, gets Glance's HTML page, and prints its text.
    expect(result.stderr).toContain('os_type is required to create an image');
  });

  it('should take a server through BUILD, ACTIVE, SHUTOFF, REBOOT and deletion with key pairs made by the CLI', async () => {
    const token = await nhnToken(rig().emulator);
    // Without --public-key the CLI prints the new private key itself, whatever the format.
    const key = await rig().run('openstack', ['keypair', 'create', 'cli-key']);
    expect(key.stdout).toContain('PRIVATE KEY');
    expect((await rig().openstackJson('keypair', 'list')).map((k: { Name: string }) => k.Name)).toContain('cli-key');

    const server = await rig().openstackJson(
      'server', 'create', '--image', 'Ubuntu Server 22.04 LTS (2025.04.22)', '--flavor', 'm2.c2m4',
      '--key-name', 'cli-key', '--network', 'Default Network', '--boot-from-volume', '20', 'cli-server',
    );
    expect(server.status).toBe('BUILD');
    await waitFor(async () => ((await serverStatus(server.id, token)) === 'ACTIVE' ? true : undefined));
    expect((await rig().openstackJson('server', 'show', 'cli-server')).status).toBe('ACTIVE');

    expect((await rig().run('openstack', ['server', 'stop', 'cli-server'])).code).toBe(0);
    await waitFor(async () => ((await serverStatus(server.id, token)) === 'SHUTOFF' ? true : undefined));
    const listed = await rig().openstackJson('server', 'list', '--name', 'cli-server');
    expect(listed.map((s: { Status: string }) => s.Status)).toEqual(['SHUTOFF']);

    expect((await rig().run('openstack', ['server', 'start', 'cli-server'])).code).toBe(0);
    await waitFor(async () => ((await serverStatus(server.id, token)) === 'ACTIVE' ? true : undefined));
    // The reboot is asynchronous: a watcher started before the CLI sees REBOOT, then ACTIVE.
    const seen: string[] = [];
    const watching = waitFor(async () => {
      const status = (await serverStatus(server.id, token))!;
      if (seen.at(-1) !== status) seen.push(status);
      return seen.includes('REBOOT') && status === 'ACTIVE' ? true : undefined;
    });
    expect((await rig().run('openstack', ['server', 'reboot', 'cli-server'])).code).toBe(0);
    await watching;
    expect(seen).toEqual(['ACTIVE', 'REBOOT', 'ACTIVE']);

    const nova = await rig().run('nova', ['list'], rig().osEnv());
    expect(nova.code, nova.stderr).toBe(0);
    expect(nova.stdout).toMatch(/cli-server\s+\| ACTIVE/);

    expect((await rig().run('openstack', ['server', 'delete', 'cli-server'])).code).toBe(0);
    await waitFor(async () => ((await serverStatus(server.id, token)) === 'gone' ? true : undefined));
    const show = await rig().run('openstack', ['server', 'show', 'cli-server']);
    expect(show.stderr).toContain("No server with a name or ID of 'cli-server' exists.");
    expect((await rig().run('openstack', ['keypair', 'delete', 'cli-key'])).code).toBe(0);
  });

  it('should run nova and glance as NHN users do, and refuse a microversion the legacy v2 API does not have', async () => {
    const [glance, microversion, missing] = await Promise.all([
      rig().run('glance', ['image-list'], rig().osEnv()),
      rig().run('nova', ['--os-compute-api-version', '2.60', 'list'], rig().osEnv()),
      rig().run('nova', ['show', 'no-such-server'], rig().osEnv()),
    ]);
    expect(glance.code, glance.stderr).toBe(0);
    expect(glance.stdout).toContain('Rocky Linux 9.5 (2025.03.25)');
    expect(microversion.stderr).toContain("ERROR (UnsupportedVersion): Server doesn't support microversions");
    // Nova's itemNotFound body and its x-compute-request-id make novaclient's own message.
    expect(missing.stderr).toMatch(/ERROR \(CommandError\): No server with a name or ID of 'no-such-server' exists/);
  });
});
