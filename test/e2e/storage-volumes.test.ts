import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { globalId } from './compute-fixtures.js';
import { eventually, execute, useStack } from './kit.js';
import { regionId, requestsStartingWith, writesTo } from './network-fixtures.js';

const stack = useStack({ emulator: { transitionMs: 100 } });
const REGION = 'kr1';

graphql(`
  fragment VolErrors on UserError {
    __typename
    code
    message
    ... on ValidationError { field }
    ... on ConflictError { currentStatus }
    ... on NotFoundError { resourceType }
  }
`);

graphql(`
  fragment VolFields on Volume {
    id name description sizeGb status rawStatus bootable rawBootable availabilityZone
    volumeType { id name }
    attachments { device server { id name } }
  }
`);

const Volumes = graphql(`
  query VolList($name: String!, $first: Int, $after: String, $status: VolumeStatus) {
    region(provider: NHN, name: $name) {
      volumes(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...VolFields snapshots { id name status } sourceSnapshot { id } } }
      }
      volumeTypes { id name isPublic backendName }
      snapshots { id name status sizeGb progress rawProgress volume { id name } }
    }
  }
`);

const VolumeNode = graphql(`
  query VolNode($id: ID!) {
    node(id: $id) { id ... on Volume { ...VolFields } ... on Snapshot { snapshotStatus: status } }
  }
`);

const ServerVolumes = graphql(`
  query VolServer($id: ID!) {
    node(id: $id) { id ... on Server { name volumes { id name status } } }
  }
`);

const ServerIds = graphql(`
  query VolServerIds($name: String!) {
    region(provider: NHN, name: $name) { servers(first: 100) { edges { node { id name volumes { id bootable attachments { device } } } } } }
  }
`);

const CreateVolume = graphql(`
  mutation VolCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }
`);
const UpdateVolume = graphql(`
  mutation VolUpdate($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }
`);
const ExtendVolume = graphql(`
  mutation VolExtend($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { ...VolFields } errors { ...VolErrors } } }
`);
const DeleteVolume = graphql(`
  mutation VolDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...VolErrors } } }
`);
const AttachVolume = graphql(`
  mutation VolAttach($volumeId: ID!, $serverId: ID!) {
    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } server { id name } device errors { ...VolErrors } }
  }
`);
const DetachVolume = graphql(`
  mutation VolDetach($volumeId: ID!, $serverId: ID) { detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } errors { ...VolErrors } } }
`);
const CreateSnapshot = graphql(`
  mutation VolSnapshot($input: CreateSnapshotInput!) {
    createSnapshot(input: $input) { snapshot { id name status sizeGb volume { id } } errors { ...VolErrors } }
  }
`);
const DeleteSnapshot = graphql(`
  mutation VolDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...VolErrors } } }
`);

async function listing(variables: { first?: number; after?: string; status?: 'AVAILABLE' | 'IN_USE' } = {}) {
  return (await execute(stack().client, Volumes, { variables: { name: REGION, first: 100, ...variables } })).expectNoGraphQLErrors().region!;
}

async function volume(id: string) {
  const node = (await execute(stack().client, VolumeNode, { variables: { id } })).expectNoGraphQLErrors().node;
  return node && 'sizeGb' in node ? node : null;
}

async function volumeReaches(id: string, status: string) {
  return eventually(async () => {
    const v = await volume(id);
    return v?.status === status ? v : undefined;
  });
}

async function serverVolumes(id: string) {
  const node = (await execute(stack().client, ServerVolumes, { variables: { id } })).expectNoGraphQLErrors().node;
  return node && 'volumes' in node ? node.volumes : [];
}

async function newVolume(name: string, sizeGb = 20, extra: Record<string, unknown> = {}) {
  const r = (await execute(stack().client, CreateVolume, { variables: { input: { regionId: regionId(REGION), name, sizeGb, ...extra } } })).expectNoGraphQLErrors().createVolume;
  expect(r.errors).toEqual([]);
  return r.volume!;
}

describe('listing volumes', () => {
  it('should list volumes page by page with their type, snapshots and normalised fields', async () => {
    const all = await listing();
    const byName = Object.fromEntries(all.volumes!.edges.map((e) => [e.node.name, e.node]));
    expect(all.volumes!.totalCount).toBe(all.volumes!.edges.length);
    expect(byName['shared-data']).toMatchObject({
      sizeGb: 100,
      status: 'AVAILABLE',
      rawStatus: 'available',
      bootable: false,
      rawBootable: 'false',
      volumeType: { name: 'General SSD' },
      attachments: [],
    });
    expect(byName['backup-2025-06']!.snapshots).toEqual([expect.objectContaining({ name: 'backup-2025-06-snap', status: 'AVAILABLE' })]);
    expect(all.volumeTypes!.map((t) => t.name).sort()).toEqual(['Encrypted HDD', 'Encrypted SSD', 'General HDD', 'General SSD']);
    expect(all.volumeTypes!.find((t) => t.name === 'General HDD')).toMatchObject({ isPublic: true, backendName: 'hdd_general' });
    expect(all.snapshots).toContainEqual(expect.objectContaining({ name: 'backup-2025-06-snap', sizeGb: 20, progress: 100, rawProgress: '100%', volume: { id: byName['backup-2025-06']!.id, name: 'backup-2025-06' } }));

    const first = await listing({ first: 2 });
    expect(first.volumes!.edges).toHaveLength(2);
    expect(first.volumes!.pageInfo.hasNextPage).toBe(true);
    const next = await listing({ first: 2, after: first.volumes!.pageInfo.endCursor! });
    expect(next.volumes!.edges.map((e) => e.node.id)).toEqual(all.volumes!.edges.slice(2, 4).map((e) => e.node.id));

    const inUse = await listing({ status: 'IN_USE' });
    expect(inUse.volumes!.edges.every((e) => e.node.status === 'IN_USE' && e.node.attachments.length > 0)).toBe(true);
  });

  it("should show the volumes attached to servers on Server.volumes, with the device", async () => {
    const servers = (await execute(stack().client, ServerIds, { variables: { name: REGION } })).expectNoGraphQLErrors().region!.servers!.edges.map((e) => e.node);
    const db = servers.find((s) => s.name === 'db-master')!;
    expect(db.volumes!.some((v) => v.attachments.some((a) => a.device && a.device !== '/dev/vda'))).toBe(true);
  });
});

describe('volume lifecycle', () => {
  let apiId: string;
  let webId: string;
  beforeAll(async () => {
    const servers = (await execute(stack().client, ServerIds, { variables: { name: REGION } })).expectNoGraphQLErrors().region!.servers!.edges.map((e) => e.node);
    apiId = servers.find((s) => s.name === 'api-02')!.id;
    webId = servers.find((s) => s.name === 'web-03')!.id;
  });

  it('should create a volume CREATING → AVAILABLE, rename it and extend it', async () => {
    const { client } = stack();
    const ssd = globalId('VolumeType', 'NHN', REGION, 'General SSD');
    const created = await newVolume('scratch', 20, { volumeTypeId: ssd, description: 'temp space', availabilityZone: 'kr-pub-a' });
    expect(created).toMatchObject({ name: 'scratch', sizeGb: 20, status: 'CREATING', volumeType: { name: 'General SSD' }, availabilityZone: 'kr-pub-a', description: 'temp space' });
    await volumeReaches(created.id, 'AVAILABLE');

    const renamed = (await execute(client, UpdateVolume, { variables: { input: { id: created.id, name: 'scratch-2' } } })).expectNoGraphQLErrors().updateVolume;
    expect(renamed.volume).toMatchObject({ name: 'scratch-2', description: 'temp space' });

    const smaller = (await execute(client, ExtendVolume, { variables: { id: created.id, sizeGb: 20 } })).expectNoGraphQLErrors().extendVolume;
    expect(smaller.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['sizeGb'] })]);
    const extended = (await execute(client, ExtendVolume, { variables: { id: created.id, sizeGb: 40 } })).expectNoGraphQLErrors().extendVolume;
    expect(extended.errors).toEqual([]);
    expect(extended.volume!.status).toBe('EXTENDING');
    expect((await volumeReaches(created.id, 'AVAILABLE')).sizeGb).toBe(40);

    expect((await execute(client, DeleteVolume, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteVolume.errors).toEqual([]);
    await eventually(async () => ((await volume(created.id)) === null ? true : undefined));
  });

  it.each([
    [{ sizeGb: 5 }, 'sizeGb'],
    [{ sizeGb: 5000 }, 'sizeGb'],
    [{ name: '' }, 'name'],
    [{ volumeTypeId: 'bm90LWFuLWlk' }, 'volumeTypeId'],
  ])('should refuse %j before any upstream call', async (change, field) => {
    const r = await execute(stack().client, CreateVolume, { variables: { input: { regionId: regionId(REGION), name: 'bad', sizeGb: 20, ...change } }, countCalls: true });
    expect(r.expectNoGraphQLErrors().createVolume.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', field] })]);
    expect(r.extensions!.upstreamCalls.total).toBe(0);
  });

  it('should attach a volume (shown on Volume.attachments and Server.volumes), refuse to delete it while attached, and detach it', async () => {
    const { client, emulator } = stack();
    const created = await newVolume('data-disk', 30);
    await volumeReaches(created.id, 'AVAILABLE');

    const attached = (await execute(client, AttachVolume, { variables: { volumeId: created.id, serverId: apiId } })).expectNoGraphQLErrors().attachVolume;
    expect(attached.errors).toEqual([]);
    expect(attached.device).toMatch(/^\/dev\/vd[b-z]$/);
    expect(attached.server).toMatchObject({ id: apiId, name: 'api-02' });
    expect(['ATTACHING', 'IN_USE']).toContain(attached.volume!.status);
    const inUse = await volumeReaches(created.id, 'IN_USE');
    expect(inUse.attachments).toEqual([{ device: attached.device, server: { id: apiId, name: 'api-02' } }]);
    expect((await serverVolumes(apiId))!.map((v) => v.id)).toContain(created.id);

    // In use: delete, a second attach, and a snapshot without force are refused before the cloud is asked.
    const writes = writesTo(emulator, REGION, 'volume') + writesTo(emulator, REGION, 'compute');
    const del = (await execute(client, DeleteVolume, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteVolume;
    expect(del.errors).toEqual([
      expect.objectContaining({ __typename: 'ConflictError', currentStatus: 'IN_USE', message: 'Volume "data-disk" is attached to server "api-02"; detach it first' }),
    ]);
    const second = (await execute(client, AttachVolume, { variables: { volumeId: created.id, serverId: webId } })).expectNoGraphQLErrors().attachVolume;
    expect(second.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', currentStatus: 'IN_USE', message: expect.stringContaining('attached to server "api-02"') })]);
    const snap = (await execute(client, CreateSnapshot, { variables: { input: { volumeId: created.id, name: 'hot' } } })).expectNoGraphQLErrors().createSnapshot;
    expect(snap.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: expect.stringContaining('force') })]);
    expect(writesTo(emulator, REGION, 'volume') + writesTo(emulator, REGION, 'compute')).toBe(writes);
    expect((await volume(created.id))!.status).toBe('IN_USE');

    const detached = (await execute(client, DetachVolume, { variables: { volumeId: created.id } })).expectNoGraphQLErrors().detachVolume;
    expect(detached.errors).toEqual([]);
    expect(['DETACHING', 'AVAILABLE']).toContain(detached.volume!.status);
    const free = await volumeReaches(created.id, 'AVAILABLE');
    expect(free.attachments).toEqual([]);
    expect((await serverVolumes(apiId))!.map((v) => v.id)).not.toContain(created.id);

    const again = (await execute(client, DetachVolume, { variables: { volumeId: created.id } })).expectNoGraphQLErrors().detachVolume;
    expect(again.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: 'Volume "data-disk" is not attached' })]);
    expect((await execute(client, DeleteVolume, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteVolume.errors).toEqual([]);
  });

  it('should snapshot a volume, refuse to delete the volume while the snapshot exists, and restore from it', async () => {
    const { client, emulator } = stack();
    const created = await newVolume('source', 20);
    await volumeReaches(created.id, 'AVAILABLE');
    const snap = (await execute(client, CreateSnapshot, { variables: { input: { volumeId: created.id, name: 'source-snap', description: 'before upgrade' } } })).expectNoGraphQLErrors().createSnapshot;
    expect(snap.errors).toEqual([]);
    expect(snap.snapshot).toMatchObject({ name: 'source-snap', status: 'CREATING', sizeGb: 20, volume: { id: created.id } });
    const snapId = snap.snapshot!.id;
    await eventually(async () => {
      const node = (await execute(client, VolumeNode, { variables: { id: snapId } })).expectNoGraphQLErrors().node;
      return node && 'snapshotStatus' in node && node.snapshotStatus === 'AVAILABLE' ? true : undefined;
    });

    const deletes = requestsStartingWith(emulator, `DELETE /nhn/${REGION}/volume/`);
    const held = (await execute(client, DeleteVolume, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteVolume;
    expect(held.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', message: 'Volume "source" has snapshots "source-snap"; delete them first' })]);
    expect(requestsStartingWith(emulator, `DELETE /nhn/${REGION}/volume/`)).toBe(deletes);

    const tooSmall = (await execute(client, CreateVolume, { variables: { input: { regionId: regionId(REGION), name: 'restored', sizeGb: 10, snapshotId: snapId } } })).expectNoGraphQLErrors().createVolume;
    expect(tooSmall.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'sizeGb'] })]);
    const restored = await newVolume('restored', 20, { snapshotId: snapId });
    await volumeReaches(restored.id, 'AVAILABLE');
    const listed = await listing();
    expect(listed.volumes!.edges.find((e) => e.node.id === restored.id)!.node.sourceSnapshot).toEqual({ id: snapId });

    expect((await execute(client, DeleteVolume, { variables: { id: restored.id } })).expectNoGraphQLErrors().deleteVolume.errors).toEqual([]);
    expect((await execute(client, DeleteSnapshot, { variables: { id: snapId } })).expectNoGraphQLErrors().deleteSnapshot).toEqual({ deletedId: snapId, errors: [] });
    await eventually(async () => ((await listing()).snapshots!.some((s) => s.id === snapId) ? undefined : true));
    expect((await execute(client, DeleteVolume, { variables: { id: created.id } })).expectNoGraphQLErrors().deleteVolume.errors).toEqual([]);
  });

  it('should make one volume for one idempotency key', async () => {
    const { emulator } = stack();
    const route = `POST /nhn/${REGION}/volume/`;
    const before = requestsStartingWith(emulator, route);
    const first = await newVolume('once', 10, { idempotencyKey: 'vol-once' });
    const second = await newVolume('once', 10, { idempotencyKey: 'vol-once' });
    expect(second.id).toBe(first.id);
    expect(requestsStartingWith(emulator, route)).toBe(before + 1);
  });
});
