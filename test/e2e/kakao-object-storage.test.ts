import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { execute, useStack } from './kit.js';
import { KAKAO_REGION, kakaoBearer, kakaoRegionId, kakaoRequests, kakaoToken } from './kakao-fixtures.js';

/**
 * The object storage mutations of the schema against KakaoCloud Object Storage, through
 * its Swift interface (`/v1/{project id}`, no `AUTH_` prefix). The tests of this file
 * build on each other, in order.
 */
const stack = useStack();

const Containers = graphql(`
  query KakaoContainers($region: String!) {
    region(provider: KAKAO, name: $region) {
      containers { id name objectCount bytesUsed objects(first: 10) { edges { node { name size contentType } } } }
    }
  }
`);
const ContainerObject = graphql(`
  query KakaoContainerObject($id: ID!, $name: String!) {
    node(id: $id) { ... on Container { name objectCount object(name: $name) { name size content contentType metadata { key value } } } }
  }
`);
const CreateContainer = graphql(`
  mutation KakaoCreateContainer($input: CreateContainerInput!) {
    createContainer(input: $input) { container { id name objectCount region { provider name } } errors { ...KakaoUserErrors } }
  }
`);
const DeleteContainer = graphql(`mutation KakaoDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);
const PutObject = graphql(`
  mutation KakaoPutObject($input: PutObjectInput!) {
    putObject(input: $input) { object { id name size contentType etag } errors { ...KakaoUserErrors } }
  }
`);
const DeleteObject = graphql(`mutation KakaoDeleteObject($id: ID!) { deleteObject(id: $id) { deletedId errors { ...KakaoUserErrors } } }`);

const ContainerSettings = graphql(`
  query KakaoContainerSettings($id: ID!) { node(id: $id) { ... on Container { publicRead readAcl metadata { key value } } } }
`);
const UpdateContainer = graphql(`
  mutation KakaoUpdateContainer($input: UpdateContainerInput!) {
    updateContainer(input: $input) { container { id publicRead readAcl metadata { key value } } errors { ...KakaoUserErrors } }
  }
`);

const made: { container?: string; object?: string } = {};

describe('KakaoCloud object storage', () => {
  it('should list the project’s buckets as containers, with their objects', async () => {
    const data = (await execute(stack().client, Containers, { variables: { region: KAKAO_REGION } })).expectNoGraphQLErrors();
    const assets = data.region!.containers!.find((c) => c.name === 'hanul-assets');
    expect(assets).toMatchObject({ objectCount: 3 });
    expect(assets!.objects!.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['readme.txt', 'site/index.html']));
    expect(data.region!.containers!.map((c) => c.name)).toContain('hanul-logs');
  });

  it('should read the account named by the project id, on a client token too', async () => {
    const { client, emulator } = stack();
    const token = await kakaoToken(client);
    const before = emulator.requests.get(`GET /kakao/objectstorage/${KAKAO_REGION}/v1/${DEMO_KAKAO.projectId}`) ?? 0;
    const data = (await execute(client, Containers, { variables: { region: KAKAO_REGION }, headers: kakaoBearer(token) })).expectNoGraphQLErrors();
    expect(data.region!.containers!.map((c) => c.name)).toContain('hanul-assets');
    expect((emulator.requests.get(`GET /kakao/objectstorage/${KAKAO_REGION}/v1/${DEMO_KAKAO.projectId}`) ?? 0) - before).toBe(1);
    expect(kakaoRequests(emulator, 'GET', 'objectstorage', `/v1/AUTH_${DEMO_KAKAO.projectId}`)).toBe(0);
  });

  it('should create a container, and refuse a second one of that name with ConflictError', async () => {
    const { client } = stack();
    const created = (await execute(client, CreateContainer, { variables: { input: { regionId: kakaoRegionId(), name: 'kakao-e2e' } } })).expectNoGraphQLErrors().createContainer;
    expect(created).toMatchObject({ errors: [], container: { name: 'kakao-e2e', objectCount: 0, region: { provider: 'KAKAO', name: KAKAO_REGION } } });
    made.container = created.container!.id;
    const again = (await execute(client, CreateContainer, { variables: { input: { regionId: kakaoRegionId(), name: 'kakao-e2e' } } })).expectNoGraphQLErrors().createContainer;
    expect(again.errors[0]).toMatchObject({ __typename: 'ConflictError' });
  });

  it('should put an object with metadata and read it back', async () => {
    const { client } = stack();
    const put = (
      await execute(client, PutObject, {
        variables: { input: { containerId: made.container!, name: 'notes/hello.txt', content: 'hello, kakao', contentType: 'text/plain', metadata: [{ key: 'owner', value: 'e2e' }] } },
      })
    ).expectNoGraphQLErrors().putObject;
    expect(put).toMatchObject({ errors: [], object: { name: 'notes/hello.txt', size: 12, contentType: 'text/plain' } });
    made.object = put.object!.id;
    const read = (await execute(client, ContainerObject, { variables: { id: made.container!, name: 'notes/hello.txt' } })).expectNoGraphQLErrors().node;
    expect(read).toMatchObject({ name: 'kakao-e2e', objectCount: 1, object: { content: 'hello, kakao', contentType: 'text/plain', metadata: [{ key: 'owner', value: 'e2e' }] } });
  });

  it('should refuse to delete a container that holds objects, then delete the object and the container', async () => {
    const { client } = stack();
    const refused = (await execute(client, DeleteContainer, { variables: { id: made.container! } })).expectNoGraphQLErrors().deleteContainer;
    expect(refused.errors[0]).toMatchObject({ __typename: 'ConflictError', currentStatus: 'NOT_EMPTY' });
    expect((await execute(client, DeleteObject, { variables: { id: made.object! } })).expectNoGraphQLErrors().deleteObject).toEqual({ deletedId: made.object, errors: [] });
    expect((await execute(client, DeleteContainer, { variables: { id: made.container! } })).expectNoGraphQLErrors().deleteContainer).toEqual({ deletedId: made.container, errors: [] });
  });

  it('should keep the metadata and public read given at create, change them with updateContainer, and open the objects to anyone', async () => {
    const { client, emulator } = stack();
    const created = (
      await execute(client, CreateContainer, { variables: { input: { regionId: kakaoRegionId(), name: 'kakao-e2e-public', publicRead: true, metadata: [{ key: 'owner', value: 'e2e' }] } } })
    ).expectNoGraphQLErrors().createContainer;
    expect(created.errors).toEqual([]);
    const id = created.container!.id;
    expect((await execute(client, ContainerSettings, { variables: { id } })).expectNoGraphQLErrors().node).toMatchObject({
      publicRead: true,
      readAcl: '.r:*,.rlistings',
      metadata: [{ key: 'owner', value: 'e2e' }],
    });
    const put = (await execute(client, PutObject, { variables: { input: { containerId: id, name: 'open.txt', content: 'for everyone', contentType: 'text/plain' } } })).expectNoGraphQLErrors().putObject;
    expect(put.errors).toEqual([]);
    const objectUrl = `${emulator.ctx.kakaoServiceUrl('objectstorage', KAKAO_REGION)}/v1/${DEMO_KAKAO.projectId}/kakao-e2e-public/open.txt`;
    const anonymous = await fetch(objectUrl);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.text()).toBe('for everyone');

    const updated = (
      await execute(client, UpdateContainer, { variables: { input: { id, publicRead: false, metadata: [{ key: 'owner', value: '' }, { key: 'team', value: 'infra' }] } } })
    ).expectNoGraphQLErrors().updateContainer;
    expect(updated).toMatchObject({ errors: [], container: { publicRead: false, readAcl: null, metadata: [{ key: 'team', value: 'infra' }] } });
    expect((await fetch(objectUrl)).status).toBe(401);

    expect((await execute(client, DeleteObject, { variables: { id: put.object!.id } })).expectNoGraphQLErrors().deleteObject.errors).toEqual([]);
    expect((await execute(client, DeleteContainer, { variables: { id } })).expectNoGraphQLErrors().deleteContainer.errors).toEqual([]);
  });
});
