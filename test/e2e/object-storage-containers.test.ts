import { describe, expect, it } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { globalId } from './compute-fixtures.js';
import { execute, useStack } from './kit.js';
import { CreateContainer, DeleteContainer, DeleteObject, PutObject, storageRequests } from './object-storage-fixtures.js';

const stack = useStack();

const REGION = 'kr1';
const regionId = globalId('Region', 'NHN', REGION);

const RegionContainers = graphql(`
  query StorageRegionContainers($name: String!, $prefix: String) {
    region(provider: NHN, name: $name) {
      containers(prefix: $prefix) { id name objectCount bytesUsed lastModified }
      objectStorageUsage { containerCount objectCount bytesUsed }
    }
  }
`);

const ContainerDetails = graphql(`
  query StorageContainerDetails($id: ID!) {
    node(id: $id) {
      id
      ... on Container { name objectCount storagePolicy publicRead readAcl metadata { key value } }
    }
  }
`);

const UpdateContainer = graphql(`
  mutation StorageUpdateContainer($input: UpdateContainerInput!) {
    updateContainer(input: $input) {
      container { id publicRead readAcl metadata { key value } }
      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType } }
    }
  }
`);

describe('listing containers', () => {
  it('should list the seeded containers with their counters, and the account usage', async () => {
    const { client } = stack();
    const result = await execute(client, RegionContainers, { variables: { name: REGION }, countCalls: true });
    const region = result.expectNoGraphQLErrors().region!;
    expect(region.containers!.map((c) => c.name)).toEqual(expect.arrayContaining(['hanul-assets', 'hanul-backups']));
    const assets = region.containers!.find((c) => c.name === 'hanul-assets')!;
    expect(assets.objectCount).toBe(4);
    expect(assets.bytesUsed).toBeGreaterThan(0);
    expect(region.objectStorageUsage!.containerCount).toBe(region.containers!.length);
    // One listing (GET account) and one HEAD of the account for its counters.
    expect(result.extensions?.upstreamCalls.byService['NHN objectStorage']).toBe(2);
  });

  it('should filter by prefix and read details (one HEAD) only when selected', async () => {
    const { client, emulator } = stack();
    const listed = (await execute(client, RegionContainers, { variables: { name: REGION, prefix: 'hanul-b' } })).expectNoGraphQLErrors().region!;
    expect(listed.containers!.map((c) => c.name)).toEqual(['hanul-backups']);
    const heads = storageRequests(emulator, REGION, 'HEAD');
    const detail = (await execute(client, ContainerDetails, { variables: { id: listed.containers![0]!.id } })).expectNoGraphQLErrors().node;
    expect(detail).toMatchObject({ name: 'hanul-backups', storagePolicy: 'economy', publicRead: false, readAcl: null, metadata: [] });
    expect(storageRequests(emulator, REGION, 'HEAD')).toBe(heads + 1);
  });
});

describe('container lifecycle', () => {
  it('should create a container, set and remove metadata and the read policy, and delete it', async () => {
    const { client } = stack();
    const created = (
      await execute(client, CreateContainer, {
        variables: { input: { regionId, name: 'e2e-photos', storagePolicy: 'ECONOMY', metadata: [{ key: 'Owner', value: 'e2e' }] } },
      })
    ).expectNoGraphQLErrors().createContainer;
    expect(created.errors).toEqual([]);
    expect(created.container).toMatchObject({
      name: 'e2e-photos',
      objectCount: 0,
      bytesUsed: 0,
      storagePolicy: 'economy',
      publicRead: false,
      metadata: [{ key: 'owner', value: 'e2e' }],
      region: { name: REGION },
    });
    const id = created.container!.id;

    const updated = (
      await execute(client, UpdateContainer, {
        variables: { input: { id, publicRead: true, metadata: [{ key: 'owner', value: '' }, { key: 'team', value: 'infra' }] } },
      })
    ).expectNoGraphQLErrors().updateContainer;
    expect(updated.errors).toEqual([]);
    expect(updated.container).toMatchObject({ publicRead: true, readAcl: '.r:*,.rlistings', metadata: [{ key: 'team', value: 'infra' }] });

    const privateAgain = (await execute(client, UpdateContainer, { variables: { input: { id, publicRead: false } } })).expectNoGraphQLErrors().updateContainer;
    expect(privateAgain.container).toMatchObject({ publicRead: false, readAcl: null, metadata: [{ key: 'team', value: 'infra' }] });

    const deleted = (await execute(client, DeleteContainer, { variables: { id } })).expectNoGraphQLErrors().deleteContainer;
    expect(deleted).toEqual({ deletedId: id, errors: [] });
    expect((await execute(client, ContainerDetails, { variables: { id } })).expectNoGraphQLErrors().node).toBeNull();
  });

  it('should refuse to delete a container that holds objects (ConflictError NOT_EMPTY), and delete it once emptied', async () => {
    const { client } = stack();
    const id = (await execute(client, CreateContainer, { variables: { input: { regionId, name: 'e2e-full' } } })).expectNoGraphQLErrors().createContainer.container!.id;
    const object = (await execute(client, PutObject, { variables: { input: { containerId: id, name: 'keep.txt', content: 'still here' } } })).expectNoGraphQLErrors().putObject.object!;

    const refused = (await execute(client, DeleteContainer, { variables: { id } })).expectNoGraphQLErrors().deleteContainer;
    expect(refused.deletedId).toBeNull();
    expect(refused.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', code: 'CONFLICT', currentStatus: 'NOT_EMPTY' })]);
    expect(refused.errors[0]!.message).toContain('not empty');

    expect((await execute(client, DeleteObject, { variables: { id: object.id } })).expectNoGraphQLErrors().deleteObject).toEqual({ deletedId: object.id, errors: [] });
    expect((await execute(client, DeleteContainer, { variables: { id } })).expectNoGraphQLErrors().deleteContainer).toEqual({ deletedId: id, errors: [] });
  });

  it('should refuse an existing name as a ConflictError and leave that container as it was', async () => {
    const { client, emulator } = stack();
    const puts = storageRequests(emulator, REGION, 'PUT');
    const again = (await execute(client, CreateContainer, { variables: { input: { regionId, name: 'hanul-assets', publicRead: true } } })).expectNoGraphQLErrors().createContainer;
    expect(again.container).toBeNull();
    expect(again.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError', currentStatus: 'EXISTS' })]);
    expect(storageRequests(emulator, REGION, 'PUT')).toBe(puts);
  });

  it.each([
    ['a space', 'my photos'],
    ['a slash', 'a/b'],
    ['a quote', "it's"],
    ['an IP address form', '10.0.0.1'],
    ['a dot-dot name', '..'],
    ['more than 256 bytes', 'x'.repeat(257)],
  ])('should refuse a container name with %s before calling the cloud', async (_, name) => {
    const { client, emulator } = stack();
    const before = storageRequests(emulator, REGION);
    const payload = (await execute(client, CreateContainer, { variables: { input: { regionId, name } } })).expectNoGraphQLErrors().createContainer;
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'name'] })]);
    expect(storageRequests(emulator, REGION)).toBe(before);
  });

  it('should report deleting an unknown container as NotFoundError', async () => {
    const { client } = stack();
    const payload = (await execute(client, DeleteContainer, { variables: { id: globalId('Container', 'NHN', REGION, 'no-such-container') } })).expectNoGraphQLErrors().deleteContainer;
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Container' })]);
  });
});

const IssueToken = graphql(`
  mutation StorageIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId errors { code message } }
  }
`);

const ContainerNames = graphql(`
  query StorageContainerNames($name: String!) {
    region(provider: NHN, name: $name) { containers { name } }
  }
`);

describe('object storage with a bearer token', () => {
  it('should use X-Hanul-Storage-Token for containers, and say what to send without it', async () => {
    const { client } = stack();
    const issue = async (tenantId: string) =>
      (await execute(client, IssueToken, { variables: { input: { tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password } } })).expectNoGraphQLErrors().issueToken
        .token!;
    const projectToken = await issue(DEMO_NHN.tenantId);
    const storageToken = await issue(DEMO_NHN.storageTenantId);
    const bearer = { authorization: `Bearer ${projectToken}`, 'x-hanul-tenant': DEMO_NHN.tenantId };

    const withStorage = await execute(client, ContainerNames, {
      variables: { name: REGION },
      headers: { ...bearer, 'x-hanul-storage-token': storageToken, 'x-hanul-storage-tenant': DEMO_NHN.storageTenantId },
    });
    expect(withStorage.expectNoGraphQLErrors().region!.containers!.map((c) => c.name)).toContain('hanul-assets');

    const without = await execute(client, ContainerNames, { variables: { name: REGION }, headers: bearer });
    expect(without.errorCode()).toBe('UNAUTHENTICATED');
    expect(without.errors[0]!.message).toContain('X-Hanul-Storage-Token');

    // The project's token is not a storage token: the cloud refuses it.
    const wrong = await execute(client, ContainerNames, {
      variables: { name: REGION },
      headers: { ...bearer, 'x-hanul-storage-token': projectToken, 'x-hanul-storage-tenant': DEMO_NHN.storageTenantId },
    });
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(wrong.errorCode());

    const half = await execute(client, ContainerNames, { variables: { name: REGION }, headers: { ...bearer, 'x-hanul-storage-token': storageToken } });
    expect(half.errorCode()).toBe('BAD_USER_INPUT');
  });
});
