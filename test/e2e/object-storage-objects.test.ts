import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { globalId } from './compute-fixtures.js';
import { execute, useStack } from './kit.js';
import { CreateContainer, DeleteObject, PutObject, storageRequests } from './object-storage-fixtures.js';

const stack = useStack();

const REGION = 'kr2';
const regionId = globalId('Region', 'NHN', REGION);
const FIVE_MIB = 5 * 1024 * 1024;

const ListObjects = graphql(`
  query StorageListObjects($id: ID!, $prefix: String, $delimiter: String, $first: Int, $after: String) {
    node(id: $id) {
      ... on Container {
        name
        objectCount
        objects(prefix: $prefix, delimiter: $delimiter, first: $first, after: $after) {
          edges { cursor node { id name size contentType etag } }
          folders
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }
    }
  }
`);

const ObjectContent = graphql(`
  query StorageObjectContent($id: ID!) {
    node(id: $id) {
      ... on StorageObject { name size contentType etag content contentBase64 metadata { key value } container { name } }
    }
  }
`);

const ObjectText = graphql(`
  query StorageObjectText($id: ID!) {
    node(id: $id) { ... on StorageObject { name content contentBase64 } }
  }
`);

const ObjectByName = graphql(`
  query StorageObjectByName($id: ID!, $name: String!) {
    node(id: $id) { ... on Container { object(name: $name) { id name size } } }
  }
`);

let containerId: string;

beforeAll(async () => {
  const { client } = stack();
  const created = (await execute(client, CreateContainer, { variables: { input: { regionId, name: 'e2e-objects' } } })).expectNoGraphQLErrors().createContainer;
  containerId = created.container!.id;
  for (const name of ['a.txt', 'b.txt', 'docs/guide.md', 'docs/api/index.json', 'logs/2024/01.log', 'logs/2024/02.log', 'z.txt']) {
    const put = (await execute(client, PutObject, { variables: { input: { containerId, name, content: `content of ${name}\n` } } })).expectNoGraphQLErrors().putObject;
    expect(put.errors).toEqual([]);
  }
});

async function list(variables: { prefix?: string; delimiter?: string; first?: number; after?: string }) {
  const node = (await execute(stack().client, ListObjects, { variables: { id: containerId, ...variables } })).expectNoGraphQLErrors().node;
  if (!node || !('objects' in node)) throw new Error('not a container');
  return node.objects;
}

describe('putting and reading objects', () => {
  it('should store a text object and read it back with its metadata, size, type and MD5 etag', async () => {
    const { client } = stack();
    const text = 'Hello, 하늘!\n';
    const put = (
      await execute(client, PutObject, {
        variables: { input: { containerId, name: 'notes/hello.txt', content: text, metadata: [{ key: 'Author', value: 'e2e' }] } },
      })
    ).expectNoGraphQLErrors().putObject;
    expect(put.errors).toEqual([]);
    const bytes = Buffer.from(text, 'utf8');
    expect(put.object).toMatchObject({
      name: 'notes/hello.txt',
      size: bytes.length,
      contentType: 'text/plain; charset=utf-8',
      etag: createHash('md5').update(bytes).digest('hex'),
      metadata: [{ key: 'author', value: 'e2e' }],
      container: { name: 'e2e-objects' },
    });
    const read = (await execute(client, ObjectContent, { variables: { id: put.object!.id } })).expectNoGraphQLErrors().node;
    expect(read).toMatchObject({ name: 'notes/hello.txt', content: text, contentBase64: bytes.toString('base64'), metadata: [{ key: 'author', value: 'e2e' }] });
    expect((await execute(client, DeleteObject, { variables: { id: put.object!.id } })).expectNoGraphQLErrors().deleteObject.errors).toEqual([]);
  });

  it('should store binary content given as base64 and give no text for it', async () => {
    const { client } = stack();
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x01]);
    const put = (
      await execute(client, PutObject, {
        variables: { input: { containerId, name: 'img/pixel.png', contentBase64: bytes.toString('base64'), contentType: 'image/png' } },
      })
    ).expectNoGraphQLErrors().putObject;
    expect(put.object).toMatchObject({ size: bytes.length, contentType: 'image/png' });
    const read = (await execute(client, ObjectContent, { variables: { id: put.object!.id } })).expectNoGraphQLErrors().node;
    expect(read).toMatchObject({ content: null, contentBase64: bytes.toString('base64') });
    await execute(client, DeleteObject, { variables: { id: put.object!.id } });
  });

  it('should read content only when selected', async () => {
    const { client, emulator } = stack();
    const gets = storageRequests(emulator, REGION, 'GET');
    const listed = await list({ prefix: 'a.txt' });
    expect(storageRequests(emulator, REGION, 'GET')).toBe(gets + 1);
    const id = listed!.edges[0]!.node.id;
    const withContent = await execute(client, ObjectText, { variables: { id }, countCalls: true });
    expect(withContent.expectNoGraphQLErrors().node).toMatchObject({ content: 'content of a.txt\n' });
    // HEAD (the node), HEAD + GET (the content, read once for both content fields): three calls.
    expect(withContent.extensions?.upstreamCalls.byService['NHN objectStorage']).toBe(3);
  });

  it('should find one object by name and give null for a missing one', async () => {
    const { client } = stack();
    const found = (await execute(client, ObjectByName, { variables: { id: containerId, name: 'docs/guide.md' } })).expectNoGraphQLErrors().node;
    expect(found && 'object' in found ? found.object : null).toMatchObject({ name: 'docs/guide.md', size: 'content of docs/guide.md\n'.length });
    const missing = (await execute(client, ObjectByName, { variables: { id: containerId, name: 'nope.txt' } })).expectNoGraphQLErrors().node;
    expect(missing && 'object' in missing ? missing.object : 'x').toBeNull();
  });
});

describe('listing objects', () => {
  it('should list everything in name order', async () => {
    const page = await list({});
    expect(page!.edges.map((e) => e.node.name)).toEqual(['a.txt', 'b.txt', 'docs/api/index.json', 'docs/guide.md', 'logs/2024/01.log', 'logs/2024/02.log', 'z.txt']);
    expect(page!.folders).toEqual([]);
    expect(page!.pageInfo.hasNextPage).toBe(false);
  });

  it('should collapse names below the delimiter into folders', async () => {
    const top = await list({ delimiter: '/' });
    expect(top!.edges.map((e) => e.node.name)).toEqual(['a.txt', 'b.txt', 'z.txt']);
    expect(top!.folders).toEqual(['docs/', 'logs/']);
    const docs = await list({ prefix: 'docs/', delimiter: '/' });
    expect(docs!.edges.map((e) => e.node.name)).toEqual(['docs/guide.md']);
    expect(docs!.folders).toEqual(['docs/api/']);
    const logs = await list({ prefix: 'logs/2024/' });
    expect(logs!.edges.map((e) => e.node.name)).toEqual(['logs/2024/01.log', 'logs/2024/02.log']);
  });

  it('should page with first/after, folders included, one call per page', async () => {
    const { emulator } = stack();
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    const gets = storageRequests(emulator, REGION, 'GET');
    for (;;) {
      const page = await list({ delimiter: '/', first: 2, after });
      pages += 1;
      seen.push(...page!.edges.map((e) => e.node.name), ...page!.folders);
      if (!page!.pageInfo.hasNextPage) break;
      after = page!.pageInfo.endCursor!;
    }
    expect(seen.sort()).toEqual(['a.txt', 'b.txt', 'docs/', 'logs/', 'z.txt']);
    expect(pages).toBe(3);
    expect(storageRequests(emulator, REGION, 'GET')).toBe(gets + pages);
  });
});

describe('size cap and bad input', () => {
  it('should refuse content over 5 MiB before any upstream call', async () => {
    const { client, emulator } = stack();
    const before = storageRequests(emulator, REGION);
    const result = await execute(client, PutObject, {
      variables: { input: { containerId, name: 'big.bin', contentBase64: Buffer.alloc(FIVE_MIB + 1, 7).toString('base64') } },
      countCalls: true,
    });
    const payload = result.expectNoGraphQLErrors().putObject;
    expect(payload.object).toBeNull();
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'contentBase64'] })]);
    expect(payload.errors[0]!.message).toContain(String(FIVE_MIB + 1));
    expect(result.extensions?.upstreamCalls).toEqual({ total: 0, byService: {} });
    expect(storageRequests(emulator, REGION)).toBe(before);

    const text = await execute(client, PutObject, { variables: { input: { containerId, name: 'big.txt', content: 'x'.repeat(FIVE_MIB + 1) } }, countCalls: true });
    expect(text.expectNoGraphQLErrors().putObject.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', 'content'] })]);
    expect(text.extensions?.upstreamCalls.total).toBe(0);
  });

  it('should accept exactly 5 MiB', async () => {
    const { client } = stack();
    const put = (
      await execute(client, PutObject, { variables: { input: { containerId, name: 'edge.bin', contentBase64: Buffer.alloc(FIVE_MIB, 1).toString('base64') } } })
    ).expectNoGraphQLErrors().putObject;
    expect(put.errors).toEqual([]);
    expect(put.object!.size).toBe(FIVE_MIB);
    const read = (await execute(client, ObjectContent, { variables: { id: put.object!.id } })).expectNoGraphQLErrors().node;
    // Over the 1 MiB read cap: no content, no download.
    expect(read).toMatchObject({ size: FIVE_MIB, content: null, contentBase64: null });
    await execute(client, DeleteObject, { variables: { id: put.object!.id } });
  });

  it.each([
    ['neither content nor contentBase64', { name: 'x.txt' }, 'content'],
    ['both content and contentBase64', { name: 'x.txt', content: 'a', contentBase64: 'YQ==' }, 'contentBase64'],
    ['a ".." segment', { name: 'a/../b', content: 'a' }, 'name'],
    ['a leading slash', { name: '/abs', content: 'a' }, 'name'],
    ['invalid base64', { name: 'x.bin', contentBase64: '***' }, 'contentBase64'],
  ])('should refuse %s', async (_, input, field) => {
    const { client, emulator } = stack();
    const before = storageRequests(emulator, REGION);
    const payload = (await execute(client, PutObject, { variables: { input: { containerId, ...input } } })).expectNoGraphQLErrors().putObject;
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', field: ['input', field] })]);
    expect(storageRequests(emulator, REGION)).toBe(before);
  });

  it('should report a put into a missing container as NotFoundError', async () => {
    const { client } = stack();
    const payload = (
      await execute(client, PutObject, { variables: { input: { containerId: globalId('Container', 'NHN', REGION, 'gone-container'), name: 'x.txt', content: 'a' } } })
    ).expectNoGraphQLErrors().putObject;
    expect(payload.errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'Container' })]);
  });

  it('should delete an object and report a second delete as NotFoundError', async () => {
    const { client } = stack();
    const put = (await execute(client, PutObject, { variables: { input: { containerId, name: 'tmp/once.txt', content: 'once' } } })).expectNoGraphQLErrors().putObject;
    const id = put.object!.id;
    expect((await execute(client, DeleteObject, { variables: { id } })).expectNoGraphQLErrors().deleteObject).toEqual({ deletedId: id, errors: [] });
    const again = (await execute(client, DeleteObject, { variables: { id } })).expectNoGraphQLErrors().deleteObject;
    expect(again.errors).toEqual([expect.objectContaining({ __typename: 'NotFoundError', resourceType: 'StorageObject' })]);
    expect((await execute(client, ObjectContent, { variables: { id } })).expectNoGraphQLErrors().node).toBeNull();
  });
});
