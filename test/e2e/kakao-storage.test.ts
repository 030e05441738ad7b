import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';
import { kakaoCatalog, kakaoGone, kakaoRegionId, kakaoServerReaching, nodeReaching, type KakaoCatalog } from './kakao-fixtures.js';

/**
 * Every block storage mutation of the schema against KakaoCloud: volumes (in one zone,
 * `in_use` while attached), their attachment on the bcs host, and snapshots. The tests
 * of this file build on each other, in order.
 */
const stack = useStack({ emulator: { transitionMs: 60 } });

const VolumeNode = graphql(`
  query KakaoVolumeNode($id: ID!) {
    node(id: $id) {
      id
      ... on Volume { name description sizeGb status rawStatus availabilityZone volumeTypeName attachments { device server { id } } sourceSnapshot { id } }
    }
  }
`);
const SnapshotNode = graphql(`
  query KakaoSnapshotNode($id: ID!) { node(id: $id) { id ... on Snapshot { name status rawStatus sizeGb volume { id } } } }
`);
const VolumeTypes = graphql(`query KakaoVolumeTypes { region(provider: KAKAO, name: "kr-central-2") { volumeTypes { id name } } }`);
const CreateVolume = graphql(`
  mutation KakaoCreateVolume($input: CreateVolumeInput!) {
    createVolume(input: $input) { volume { id name sizeGb status rawStatus availabilityZone volumeTypeName region { provider } } errors { ...KakaoUserErrors } }
  }
`);
const UpdateVolume = graphql(`
  mutation KakaoUpdateVolume($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { id name description } errors { ...KakaoUserErrors } } }
`);
const ExtendVolume = graphql(`
  mutation KakaoExtendVolume($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { id sizeGb status } errors { ...KakaoUserErrors } } }
`);
const DeleteVolume = graphql(`mutation KakaoDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const AttachVolume = graphql(`
  mutation KakaoAttachVolume($volumeId: ID!, $serverId: ID!) {
    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status attachments { device server { id } } } errors { ...KakaoUserErrors } }
  }
`);
const DetachVolume = graphql(`
  mutation KakaoDetachVolume($volumeId: ID!, $serverId: ID) {
    detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status } errors { ...KakaoUserErrors } }
  }
`);
const CreateSnapshot = graphql(`
  mutation KakaoCreateSnapshot($input: CreateSnapshotInput!) {
    createSnapshot(input: $input) { snapshot { id name status rawStatus sizeGb volume { id } } errors { ...KakaoUserErrors } }
  }
`);
const DeleteSnapshot = graphql(`mutation KakaoDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const CreateServer = graphql(`
  mutation KakaoStorageCreateServer($input: CreateServerInput!) { createServer(input: $input) { server { id } errors { ...KakaoUserErrors } } }
`);

let catalog: KakaoCatalog;
const made: { volume?: string; server?: string; snapshot?: string; restored?: string } = {};

beforeAll(async () => {
  catalog = await kakaoCatalog(stack().client);
});

const volumeReaching = (id: string, status: string) => nodeReaching(stack().client, VolumeNode, id, status);
const snapshotReaching = (id: string, status: string) => nodeReaching(stack().client, SnapshotNode, id, status);

describe('KakaoCloud volumes', () => {
  it('should ask for the availability zone of a volume, then create it CREATING, then AVAILABLE', async () => {
    const { client } = stack();
    const types = (await execute(client, VolumeTypes)).expectNoGraphQLErrors().region!.volumeTypes;
    const hdd = types!.find((t) => t.name === 'HDD')!;
    const zoneless = (await execute(client, CreateVolume, { variables: { input: { regionId: kakaoRegionId(), name: 'ks-data', sizeGb: 20 } } })).expectNoGraphQLErrors().createVolume;
    expect(zoneless.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'availabilityZone'] });

    const created = (
      await execute(client, CreateVolume, { variables: { input: { regionId: kakaoRegionId(), name: 'ks-data', sizeGb: 20, availabilityZone: 'kr-central-2-a', volumeTypeId: hdd.id } } })
    ).expectNoGraphQLErrors().createVolume;
    expect(created.errors).toEqual([]);
    expect(created.volume).toMatchObject({ name: 'ks-data', sizeGb: 20, status: 'CREATING', rawStatus: 'creating', availabilityZone: 'kr-central-2-a', volumeTypeName: 'HDD', region: { provider: 'KAKAO' } });
    made.volume = created.volume!.id;
    await volumeReaching(made.volume, 'AVAILABLE');
  });

  it('should change the description and keep the name, then rename', async () => {
    const { client } = stack();
    const described = (await execute(client, UpdateVolume, { variables: { input: { id: made.volume!, description: 'scratch space' } } })).expectNoGraphQLErrors().updateVolume;
    expect(described).toMatchObject({ errors: [], volume: { name: 'ks-data', description: 'scratch space' } });
    const renamed = (await execute(client, UpdateVolume, { variables: { input: { id: made.volume!, name: 'ks-data-1' } } })).expectNoGraphQLErrors().updateVolume;
    expect(renamed).toMatchObject({ errors: [], volume: { name: 'ks-data-1', description: 'scratch space' } });
  });

  it('should extend a volume (EXTENDING, then AVAILABLE at the new size)', async () => {
    const extended = (await execute(stack().client, ExtendVolume, { variables: { id: made.volume!, sizeGb: 30 } })).expectNoGraphQLErrors().extendVolume;
    expect(extended.errors).toEqual([]);
    expect(await volumeReaching(made.volume!, 'AVAILABLE')).toMatchObject({ sizeGb: 30 });
  });

  it('should attach a volume to a server of its zone (IN_USE, raw "in_use") and detach it', async () => {
    const { client } = stack();
    const server = (
      await execute(client, CreateServer, {
        variables: { input: { regionId: catalog.regionId, name: 'ks-host', flavorId: catalog.flavor('t1i.small'), imageId: catalog.image('Ubuntu 24.04'), subnetIds: [catalog.subnet('hanul-public-a')] } },
      })
    ).expectNoGraphQLErrors().createServer;
    expect(server.errors).toEqual([]);
    made.server = server.server!.id;
    await kakaoServerReaching(client, made.server, 'ACTIVE');

    const attached = (await execute(client, AttachVolume, { variables: { volumeId: made.volume!, serverId: made.server } })).expectNoGraphQLErrors().attachVolume;
    expect(attached.errors).toEqual([]);
    const inUse = await volumeReaching(made.volume!, 'IN_USE');
    expect(inUse).toMatchObject({ rawStatus: 'in_use', attachments: [{ device: '/dev/vdb', server: { id: made.server } }] });

    const refused = (await execute(client, DeleteVolume, { variables: { id: made.volume! } })).expectNoGraphQLErrors().deleteVolume;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError' });

    const detached = (await execute(client, DetachVolume, { variables: { volumeId: made.volume!, serverId: made.server } })).expectNoGraphQLErrors().detachVolume;
    expect(detached.errors).toEqual([]);
    expect(await volumeReaching(made.volume!, 'AVAILABLE')).toMatchObject({ attachments: [] });
  });
});

describe('KakaoCloud snapshots', () => {
  it('should snapshot a volume (CREATING, then AVAILABLE) and restore it into a new volume', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateSnapshot, { variables: { input: { volumeId: made.volume!, name: 'ks-snap', description: 'before the upgrade' } } })).expectNoGraphQLErrors().createSnapshot;
    expect(created.errors).toEqual([]);
    expect(created.snapshot).toMatchObject({ name: 'ks-snap', status: 'CREATING', sizeGb: 30, volume: { id: made.volume } });
    made.snapshot = created.snapshot!.id;
    expect(await snapshotReaching(made.snapshot, 'AVAILABLE')).toMatchObject({ rawStatus: 'available', volume: { id: made.volume } });

    const restored = (
      await execute(client, CreateVolume, { variables: { input: { regionId: kakaoRegionId(), name: 'ks-restored', sizeGb: 30, availabilityZone: 'kr-central-2-b', snapshotId: made.snapshot } } })
    ).expectNoGraphQLErrors().createVolume;
    expect(restored.errors).toEqual([]);
    expect(restored.volume).toMatchObject({ name: 'ks-restored', sizeGb: 30, availabilityZone: 'kr-central-2-b' });
    made.restored = restored.volume!.id;
    expect(await volumeReaching(made.restored, 'AVAILABLE')).toMatchObject({ sourceSnapshot: { id: made.snapshot } });
  });

  it('should refuse a restore larger than the snapshot with ValidationError, rather than make a smaller volume', async () => {
    const { client, emulator } = stack();
    const restores = () => [...emulator.requests].filter(([key]) => key.startsWith('POST ') && key.endsWith('/restore')).reduce((n, [, count]) => n + count, 0);
    const before = restores();
    const refused = (
      await execute(client, CreateVolume, { variables: { input: { regionId: kakaoRegionId(), name: 'ks-bigger', sizeGb: 40, availabilityZone: 'kr-central-2-b', snapshotId: made.snapshot! } } })
    ).expectNoGraphQLErrors().createVolume;
    expect(refused.volume).toBeNull();
    expect(refused.errors[0]).toMatchObject({ __typename: 'ValidationError', field: ['input', 'sizeGb'] });
    expect(refused.errors[0]!.message).toContain('30 GB');
    expect(restores()).toBe(before);
  });

  it('should refuse to delete a volume that has snapshots, then delete the snapshot and the volumes', async () => {
    const { client } = stack();
    const refused = (await execute(client, DeleteVolume, { variables: { id: made.volume! } })).expectNoGraphQLErrors().deleteVolume;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError' });

    expect((await execute(client, DeleteSnapshot, { variables: { id: made.snapshot! } })).expectNoGraphQLErrors().deleteSnapshot).toEqual({ deletedId: made.snapshot, errors: [] });
    await kakaoGone(client, made.snapshot!);
    for (const id of [made.volume!, made.restored!]) {
      expect((await execute(client, DeleteVolume, { variables: { id } })).expectNoGraphQLErrors().deleteVolume).toEqual({ deletedId: id, errors: [] });
      await kakaoGone(client, id);
    }
  });
});
