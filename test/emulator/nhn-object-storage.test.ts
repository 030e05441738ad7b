import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NHN, OTHER_NHN } from '../../src/emulator/seed.js';
import { call, eventually, nhnToken, useEmulator } from './helpers.js';

const emulator = useEmulator();

const HTML = 'text/html; charset=UTF-8';
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** The storage URL of an account in a region: `{host}/v1/AUTH_{storageTenantId}`. */
function storageUrl(region = 'kr1', storageTenantId: string = DEMO_NHN.storageTenantId): string {
  return `${emulator().ctx.nhnServiceUrl(region, 'object-storage')}/v1/AUTH_${storageTenantId}`;
}

let token: string;
beforeAll(async () => {
  token = await nhnToken(emulator(), { ...DEMO_NHN, tenantId: DEMO_NHN.storageTenantId });
});

/** A call on the demo storage account with the storage token. */
function swift(path: string, init: Parameters<typeof call>[1] = {}) {
  return call(`${storageUrl()}${path}`, { token, ...init });
}

/** Uploads a text object and expects 201. */
async function putText(path: string, text: string, headers: Record<string, string> = {}) {
  const reply = await swift(path, { method: 'PUT', body: text, headers: { 'content-type': 'text/plain', ...headers } });
  expect(reply.status, reply.text).toBe(201);
  return reply;
}

/** Creates a container with a unique name and returns it. */
let serial = 0;
async function newContainer(headers: Record<string, string> = {}): Promise<string> {
  const name = `test-${++serial}-${Date.now()}`;
  const reply = await swift(`/${name}`, { method: 'PUT', headers });
  expect(reply.status, reply.text).toBe(201);
  return name;
}

function expectTransId(headers: Headers) {
  const id = headers.get('x-trans-id');
  expect(id).toMatch(/^tx[0-9a-f]{21}-[0-9a-f]{10}$/);
  expect(headers.get('x-openstack-request-id')).toBe(id);
}

describe('object storage authentication', () => {
  it('should answer 401 with Swift HTML and a transaction id when no token is sent', async () => {
    const reply = await call(storageUrl());
    expect(reply.status).toBe(401);
    expect(reply.headers.get('content-type')).toBe(HTML);
    expect(reply.text).toContain('<h1>Unauthorized</h1>');
    expectTransId(reply.headers);
  });

  it('should refuse a token scoped to the project instead of the storage tenant', async () => {
    const projectToken = await nhnToken(emulator());
    const reply = await call(storageUrl(), { token: projectToken });
    expect(reply.status).toBe(403);
    expect(reply.text).toBe('<html><h1>Forbidden</h1><p>Access was denied to this resource.</p></html>');
  });

  it('should refuse a project token even on an AUTH_ path naming the project', async () => {
    const projectToken = await nhnToken(emulator());
    const reply = await call(storageUrl('kr1', DEMO_NHN.tenantId), { token: projectToken });
    expect(reply.status).toBe(403);
  });

  it("should refuse a storage token on another tenant's account", async () => {
    const reply = await call(storageUrl('kr1', OTHER_NHN.storageTenantId), { token });
    expect(reply.status).toBe(403);
  });

  it('should refuse an unknown token with 401', async () => {
    const reply = await call(storageUrl(), { token: 'not-a-token' });
    expect(reply.status).toBe(401);
  });
});

describe('object storage account', () => {
  it('should answer HEAD with 200 and the usage counters of the seeded account', async () => {
    const reply = await call(storageUrl('kr2'), { method: 'HEAD', token });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('x-account-container-count')).toBe('1');
    expect(reply.headers.get('x-account-object-count')).toBe('2');
    const bytes = 'Quarterly usage summary for kr2.\n'.length + '{"cpuHours":1520,"gbMonths":310}\n'.length;
    expect(reply.headers.get('x-account-bytes-used')).toBe(String(bytes));
    expect(reply.headers.get('x-timestamp')).toMatch(/^\d{10}\.\d{5}$/);
    expectTransId(reply.headers);
  });

  it('should list containers as text lines by default and as JSON on request', async () => {
    const text = await swift('');
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.text.split('\n')).toEqual(expect.arrayContaining(['hanul-assets', 'hanul-backups']));
    expect(text.text.endsWith('\n')).toBe(true);

    const json = await swift('?format=json&prefix=hanul-');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const assets = json.json.find((c: { name: string }) => c.name === 'hanul-assets');
    expect(assets).toEqual({ name: 'hanul-assets', count: 4, bytes: expect.any(Number), last_modified: expect.any(String) });
    expect(assets.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });

  it('should show nothing of the demo tenant to another tenant', async () => {
    const other = await nhnToken(emulator(), { ...OTHER_NHN, tenantId: OTHER_NHN.storageTenantId });
    const reply = await call(storageUrl('kr1', OTHER_NHN.storageTenantId), { token: other });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
  });

  it('should keep account metadata set with POST', async () => {
    expect((await swift('', { method: 'POST', headers: { 'x-account-meta-owner': 'ops' } })).status).toBe(204);
    const head = await swift('', { method: 'HEAD' });
    expect(head.headers.get('x-account-meta-owner')).toBe('ops');
  });
});

describe('object storage containers', () => {
  it('should create with 201, answer 202 when it exists, and report counters on HEAD', async () => {
    const name = await newContainer();
    expect((await swift(`/${name}`, { method: 'PUT' })).status).toBe(202);
    const head = await swift(`/${name}`, { method: 'HEAD' });
    expect(head.status).toBe(204);
    expect(head.headers.get('x-container-object-count')).toBe('0');
    expect(head.headers.get('x-container-bytes-used')).toBe('0');
    expect(head.headers.get('x-storage-policy')).toBe('standard');
    expect(head.headers.get('last-modified')).toMatch(/GMT$/);
  });

  it('should fix the storage class at creation', async () => {
    const name = await newContainer({ 'x-storage-policy': 'Economy' });
    expect((await swift(`/${name}`, { method: 'HEAD' })).headers.get('x-storage-policy')).toBe('economy');
    const change = await swift(`/${name}`, { method: 'PUT', headers: { 'x-storage-policy': 'Standard' } });
    expect(change.status).toBe(409);
    expect(change.text).toContain('<h1>Conflict</h1>');
  });

  it('should refuse an unknown storage class with a plain-text 400', async () => {
    const reply = await swift('/gold-container', { method: 'PUT', headers: { 'x-storage-policy': 'Gold' } });
    expect(reply.status).toBe(400);
    expect(reply.text).toBe("Invalid X-Storage-Policy 'Gold'");
  });

  it.each(['bad name', '10.0.0.1', 'quote"d', 'x'.repeat(257)])('should refuse the container name %j', async (name) => {
    const reply = await swift(`/${encodeURIComponent(name)}`, { method: 'PUT' });
    expect(reply.status).toBe(400);
  });

  it('should set metadata and settings with POST, and remove them with empty values', async () => {
    const name = await newContainer();
    const set = await swift(`/${name}`, {
      method: 'POST',
      headers: { 'x-container-meta-color': 'blue', 'x-container-read': '.r:*', 'x-container-object-lifecycle': '3' },
    });
    expect(set.status).toBe(204);
    let head = await swift(`/${name}`, { method: 'HEAD' });
    expect(head.headers.get('x-container-meta-color')).toBe('blue');
    expect(head.headers.get('x-container-read')).toBe('.r:*');
    expect(head.headers.get('x-container-object-lifecycle')).toBe('3');

    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-meta-color': '', 'x-container-read': '' } });
    head = await swift(`/${name}`, { method: 'HEAD' });
    expect(head.headers.get('x-container-meta-color')).toBeNull();
    expect(head.headers.get('x-container-read')).toBeNull();
  });

  it('should refuse to delete a container that still holds objects, then delete it once empty', async () => {
    const name = await newContainer();
    await putText(`/${name}/a.txt`, 'a');
    const refused = await swift(`/${name}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(refused.text).toBe('<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>');
    expect((await swift(`/${name}/a.txt`, { method: 'DELETE' })).status).toBe(204);
    expect((await swift(`/${name}`, { method: 'DELETE' })).status).toBe(204);
    expect((await swift(`/${name}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('should answer 404 for a missing container with the Swift HTML page', async () => {
    const reply = await swift('/no-such-container');
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toBe(HTML);
    expect(reply.text).toBe('<html><h1>Not Found</h1><p>The resource could not be found.</p></html>');
    expectTransId(reply.headers);
  });

  it('should answer an empty listing with 204 in text and [] in JSON', async () => {
    const name = await newContainer();
    expect((await swift(`/${name}`)).status).toBe(204);
    const json = await swift(`/${name}?format=json`);
    expect(json.status).toBe(200);
    expect(json.json).toEqual([]);
  });
});

describe('object storage objects', () => {
  let bucket: string;
  beforeAll(async () => {
    bucket = await newContainer();
  });

  it('should store an object and serve its bytes, MD5 etag, dates and metadata', async () => {
    const put = await putText(`/${bucket}/docs/hello.txt`, 'hello swift', { 'x-object-meta-Color': 'green' });
    expect(put.headers.get('etag')).toBe(md5('hello swift'));

    const get = await swift(`/${bucket}/docs/hello.txt`);
    expect(get.status).toBe(200);
    expect(get.text).toBe('hello swift');
    expect(get.headers.get('content-type')).toBe('text/plain');
    expect(get.headers.get('etag')).toBe(md5('hello swift'));
    expect(get.headers.get('content-length')).toBe('11');
    expect(get.headers.get('x-object-meta-color')).toBe('green');
    expect(new Date(get.headers.get('last-modified')!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(get.headers.get('x-timestamp')).toMatch(/^\d{10}\.\d{5}$/);
  });

  it('should answer HEAD with the object headers and no body', async () => {
    await putText(`/${bucket}/head.txt`, 'twelve bytes');
    const head = await swift(`/${bucket}/head.txt`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe('12');
    expect(head.headers.get('etag')).toBe(md5('twelve bytes'));
  });

  it('should overwrite an object with PUT', async () => {
    await putText(`/${bucket}/over.txt`, 'first');
    await putText(`/${bucket}/over.txt`, 'second');
    const get = await swift(`/${bucket}/over.txt`);
    expect(get.text).toBe('second');
    expect(get.headers.get('etag')).toBe(md5('second'));
  });

  it('should refuse an upload whose ETag does not match the body with 422', async () => {
    const reply = await swift(`/${bucket}/bad-etag.txt`, {
      method: 'PUT',
      body: 'data',
      headers: { 'content-type': 'text/plain', etag: md5('other') },
    });
    expect(reply.status).toBe(422);
    expect((await swift(`/${bucket}/bad-etag.txt`)).status).toBe(404);
  });

  it('should replace the custom metadata set with POST', async () => {
    await putText(`/${bucket}/meta.txt`, 'm', { 'x-object-meta-a': '1', 'x-object-meta-b': '2' });
    const post = await swift(`/${bucket}/meta.txt`, { method: 'POST', headers: { 'x-object-meta-c': '3' } });
    expect(post.status).toBe(202);
    const head = await swift(`/${bucket}/meta.txt`, { method: 'HEAD' });
    expect(head.headers.get('x-object-meta-a')).toBeNull();
    expect(head.headers.get('x-object-meta-c')).toBe('3');
  });

  it('should delete an object with 204 and then answer 404', async () => {
    await putText(`/${bucket}/gone.txt`, 'bye');
    expect((await swift(`/${bucket}/gone.txt`, { method: 'DELETE' })).status).toBe(204);
    expect((await swift(`/${bucket}/gone.txt`)).status).toBe(404);
    expect((await swift(`/${bucket}/gone.txt`, { method: 'DELETE' })).status).toBe(404);
  });

  it('should copy with COPY and Destination, keeping bytes and metadata', async () => {
    const target = await newContainer();
    await putText(`/${bucket}/source.txt`, 'copy me', { 'x-object-meta-origin': 'source' });
    const copy = await swift(`/${bucket}/source.txt`, { method: 'COPY', headers: { destination: `${target}/copied.txt` } });
    expect(copy.status).toBe(201);
    expect(copy.headers.get('x-copied-from')).toBe(`${bucket}/source.txt`);
    const get = await swift(`/${target}/copied.txt`);
    expect(get.text).toBe('copy me');
    expect(get.headers.get('etag')).toBe(md5('copy me'));
    expect(get.headers.get('x-object-meta-origin')).toBe('source');
  });

  it('should copy with PUT and X-Copy-From, dropping metadata on X-Fresh-Metadata', async () => {
    await putText(`/${bucket}/fresh-src.txt`, 'fresh', { 'x-object-meta-origin': 'source' });
    const copy = await swift(`/${bucket}/fresh-dst.txt`, {
      method: 'PUT',
      headers: { 'x-copy-from': `/${bucket}/fresh-src.txt`, 'x-fresh-metadata': 'true', 'x-object-meta-new': 'yes' },
    });
    expect(copy.status).toBe(201);
    const head = await swift(`/${bucket}/fresh-dst.txt`, { method: 'HEAD' });
    expect(head.headers.get('x-object-meta-origin')).toBeNull();
    expect(head.headers.get('x-object-meta-new')).toBe('yes');
  });

  it('should refuse COPY without a Destination with 412', async () => {
    await putText(`/${bucket}/nodest.txt`, 'x');
    const reply = await swift(`/${bucket}/nodest.txt`, { method: 'COPY' });
    expect(reply.status).toBe(412);
    expect(reply.text).toBe('Destination header required');
  });

  it('should answer 404 when copying a missing source', async () => {
    const reply = await swift(`/${bucket}/copy-target.txt`, { method: 'PUT', headers: { 'x-copy-from': `${bucket}/missing.txt` } });
    expect(reply.status).toBe(404);
  });

  it('should expire an object after X-Delete-After and refuse a past X-Delete-At', async () => {
    await putText(`/${bucket}/short-lived.txt`, 'soon gone', { 'x-delete-after': '1' });
    const head = await swift(`/${bucket}/short-lived.txt`, { method: 'HEAD' });
    expect(Number(head.headers.get('x-delete-at'))).toBeGreaterThan(Date.now() / 1000 - 1);
    await eventually(async () => ((await swift(`/${bucket}/short-lived.txt`)).status === 404 ? true : undefined));

    const past = await swift(`/${bucket}/past.txt`, { method: 'PUT', body: 'x', headers: { 'content-type': 'text/plain', 'x-delete-at': '1000' } });
    expect(past.status).toBe(400);
    expect(past.text).toBe('X-Delete-At in past');
  });

  it('should keep a trailing-slash name apart from the names under it', async () => {
    await putText(`/${bucket}/dir/`, '');
    await putText(`/${bucket}/dir/file.txt`, 'inside');
    expect((await swift(`/${bucket}/dir/`)).status).toBe(200);
    expect((await swift(`/${bucket}/dir/file.txt`)).text).toBe('inside');
    const listing = await swift(`/${bucket}?prefix=dir/`);
    expect(listing.text).toBe('dir/\ndir/file.txt\n');
  });

  it('should quote ETags when the container asks for RFC-compliant ETags', async () => {
    const name = await newContainer();
    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-rfc-compliant-etags': 'true' } });
    await putText(`/${name}/q.txt`, 'quoted');
    expect((await swift(`/${name}/q.txt`, { method: 'HEAD' })).headers.get('etag')).toBe(`"${md5('quoted')}"`);
  });

  it('should give new objects an expiry from the container lifecycle', async () => {
    const name = await newContainer({ 'x-container-object-lifecycle': '2' });
    await putText(`/${name}/life.txt`, 'l');
    const deleteAt = Number((await swift(`/${name}/life.txt`, { method: 'HEAD' })).headers.get('x-delete-at'));
    expect(deleteAt - Date.now() / 1000).toBeGreaterThan(2 * 86_400 - 60);
  });
});

describe('object storage listings', () => {
  let bucket: string;
  beforeAll(async () => {
    bucket = await newContainer();
    for (const name of ['a.txt', 'b/1.txt', 'b/2.txt', 'b/c/3.txt', 'c.json', 'd.txt']) await putText(`/${bucket}/${name}`, name);
  });

  it('should list object names one per line, in byte order', async () => {
    const reply = await swift(`/${bucket}`);
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('a.txt\nb/1.txt\nb/2.txt\nb/c/3.txt\nc.json\nd.txt\n');
    expect(reply.headers.get('x-container-object-count')).toBe('6');
  });

  it('should collapse names under a delimiter into subdir rows', async () => {
    expect((await swift(`/${bucket}?delimiter=/`)).text).toBe('a.txt\nb/\nc.json\nd.txt\n');
    const json = await swift(`/${bucket}?delimiter=/&prefix=b/&format=json`);
    expect(json.json).toEqual([
      { name: 'b/1.txt', hash: md5('b/1.txt'), bytes: 7, content_type: 'text/plain', last_modified: expect.stringMatching(/\.\d{6}$/) },
      { name: 'b/2.txt', hash: md5('b/2.txt'), bytes: 7, content_type: 'text/plain', last_modified: expect.any(String) },
      { subdir: 'b/c/' },
    ]);
  });

  it('should page with marker, end_marker and limit', async () => {
    expect((await swift(`/${bucket}?limit=2`)).text).toBe('a.txt\nb/1.txt\n');
    expect((await swift(`/${bucket}?marker=b/1.txt&limit=2`)).text).toBe('b/2.txt\nb/c/3.txt\n');
    expect((await swift(`/${bucket}?marker=a.txt&end_marker=c.json`)).text).toBe('b/1.txt\nb/2.txt\nb/c/3.txt\n');
    expect((await swift(`/${bucket}?delimiter=/&marker=b/`)).text).toBe('c.json\nd.txt\n');
  });

  it('should list in reverse on request', async () => {
    expect((await swift(`/${bucket}?reverse=true&limit=2`)).text).toBe('d.txt\nc.json\n');
  });

  it('should answer XML listings on format=xml', async () => {
    const reply = await swift(`/${bucket}?format=xml&prefix=c`);
    expect(reply.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(reply.text).toContain(`<container name="${bucket}"><object><name>c.json</name>`);
  });

  it('should refuse a limit above 10,000 with 412', async () => {
    const reply = await swift(`/${bucket}?limit=10001`);
    expect(reply.status).toBe(412);
    expect(reply.text).toBe('Maximum limit is 10000');
  });

  it('should list the seeded folder as one subdir in kr1', async () => {
    expect((await swift('/hanul-assets?delimiter=/')).text).toBe('config.json\nfolder/\nreadme.txt\n');
  });
});

describe('object storage upload policies', () => {
  it('should refuse names outside an extension allow list with NHN’s 409 sentence', async () => {
    const name = await newContainer();
    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-object-allow-extension-policy': 'exe, jpg' } });
    const refused = await swift(`/${name}/upload.txt`, { method: 'PUT', body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toBe(HTML);
    expect(refused.text).toBe('Only the objects with the following extensions can be uploaded: exe, jpg');
    await putText(`/${name}/photos/ok.jpg`, 'jpg');
  });

  it('should refuse names containing a denied keyword', async () => {
    const name = await newContainer();
    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-object-deny-keyword-policy': 'example' } });
    const refused = await swift(`/${name}/upload_example.txt`, { method: 'PUT', body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(refused.status).toBe(409);
    expect(refused.text).toBe('The object name must not contain the following keywords: example');
  });

  it('should refuse allow and deny lists together', async () => {
    const name = await newContainer();
    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-object-allow-extension-policy': 'jpg' } });
    const reply = await swift(`/${name}`, { method: 'POST', headers: { 'x-container-object-deny-keyword-policy': 'tmp' } });
    expect(reply.status).toBe(400);
  });
});

describe('object storage object lock', () => {
  it('should lock objects of a WORM container against delete and overwrite', async () => {
    const name = await newContainer({ 'x-container-worm-retention-day': '1' });
    expect((await swift(`/${name}`, { method: 'HEAD' })).headers.get('x-container-worm-retention-day')).toBe('1');
    await putText(`/${name}/locked.txt`, 'worm');
    const until = Number((await swift(`/${name}/locked.txt`, { method: 'HEAD' })).headers.get('x-object-worm-retain-until'));
    expect(until - Date.now() / 1000).toBeGreaterThan(86_400 - 60);

    expect((await swift(`/${name}/locked.txt`, { method: 'DELETE' })).status).toBe(409);
    const overwrite = await swift(`/${name}/locked.txt`, { method: 'PUT', body: 'new', headers: { 'content-type': 'text/plain' } });
    expect(overwrite.status).toBe(409);
    expect((await swift(`/${name}/locked.txt`)).text).toBe('worm');
  });

  it('should only let the lock date move later', async () => {
    const name = await newContainer({ 'x-container-worm-retention-day': '1' });
    await putText(`/${name}/l.txt`, 'l');
    const until = Number((await swift(`/${name}/l.txt`, { method: 'HEAD' })).headers.get('x-object-worm-retain-until'));
    const earlier = await swift(`/${name}/l.txt`, { method: 'POST', headers: { 'x-object-worm-retain-until': String(until - 10) } });
    expect(earlier.status).toBe(400);
    const later = await swift(`/${name}/l.txt`, { method: 'POST', headers: { 'x-object-worm-retain-until': String(until + 10) } });
    expect(later.status).toBe(202);
  });

  it('should not turn a normal container into a WORM container', async () => {
    const name = await newContainer();
    expect((await swift(`/${name}`, { method: 'POST', headers: { 'x-container-worm-retention-day': '3' } })).status).toBe(400);
  });
});

describe('object storage public read', () => {
  it('should serve objects without a token once the read ACL is .r:*, and the listing with .rlistings', async () => {
    const name = await newContainer();
    await putText(`/${name}/public.txt`, 'for everyone');
    expect((await call(`${storageUrl()}/${name}/public.txt`)).status).toBe(401);

    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-read': '.r:*' } });
    const anonymous = await call(`${storageUrl()}/${name}/public.txt`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.text).toBe('for everyone');
    expect((await call(`${storageUrl()}/${name}`)).status).toBe(401);
    expect((await call(`${storageUrl()}/${name}/public.txt`, { method: 'DELETE' })).status).toBe(401);

    await swift(`/${name}`, { method: 'POST', headers: { 'x-container-read': '.r:*,.rlistings' } });
    expect((await call(`${storageUrl()}/${name}`)).text).toBe('public.txt\n');
  });
});

describe('object storage large objects (§4.1)', () => {
  /** Uploads `parts` as segments `{prefix}{index}` of `container` and returns their MD5s. */
  async function segments(container: string, prefix: string, parts: string[]): Promise<string[]> {
    for (const [i, part] of parts.entries()) await putText(`/${container}/${prefix}${String(i).padStart(3, '0')}`, part);
    return parts.map(md5);
  }

  it('should read a DLO as its segments joined in name order, HEAD giving the total size and the ETag of the ETags', async () => {
    const name = await newContainer();
    // Uploaded out of order: the manifest reads them by name.
    await putText(`/${name}/big/001`, 'world');
    await putText(`/${name}/big/000`, 'hello ');
    await putText(`/${name}/big.iso`, '', { 'x-object-manifest': `${name}/big/` });
    const read = await swift(`/${name}/big.iso`);
    expect(read.status).toBe(200);
    expect(read.text).toBe('hello world');
    const head = await swift(`/${name}/big.iso`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('11');
    expect(head.headers.get('etag')).toBe(`"${md5(md5('hello ') + md5('world'))}"`);
    expect(head.headers.get('x-object-manifest')).toBe(`${name}/big/`);
    // A segment added later joins the object, as in Swift.
    await putText(`/${name}/big/002`, '!');
    expect((await swift(`/${name}/big.iso`)).text).toBe('hello world!');
    // The manifest itself, empty, with multipart-manifest=get.
    expect((await swift(`/${name}/big.iso?multipart-manifest=get`)).text).toBe('');
  });

  it('should take an SLO manifest, read it joined, answer the manifest on multipart-manifest=get', async () => {
    const name = await newContainer();
    const etags = await segments(name, 'seg/', ['alpha-', 'beta-', 'gamma']);
    const manifest = etags.map((etag, i) => ({ path: `/${name}/seg/${String(i).padStart(3, '0')}`, etag, size_bytes: [6, 5, 5][i] }));
    const put = await swift(`/${name}/whole.bin?multipart-manifest=put`, { method: 'PUT', body: JSON.stringify(manifest), headers: { 'content-type': 'application/octet-stream' } });
    expect(put.status, put.text).toBe(201);
    const wholeEtag = md5(etags.join(''));
    expect(put.headers.get('etag')).toBe(`"${wholeEtag}"`);

    const read = await swift(`/${name}/whole.bin`);
    expect(read.text).toBe('alpha-beta-gamma');
    expect(read.headers.get('x-static-large-object')).toBe('True');
    const head = await swift(`/${name}/whole.bin`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('16');
    expect(head.headers.get('etag')).toBe(`"${wholeEtag}"`);

    const got = await swift(`/${name}/whole.bin?multipart-manifest=get`);
    expect(got.headers.get('content-type')).toContain('application/json');
    expect(got.json).toEqual(manifest.map((m) => expect.objectContaining({ name: m.path, hash: m.etag, bytes: m.size_bytes })));
    // The container listing shows the whole object's size.
    const listed = (await swift(`/${name}?format=json&prefix=whole`)).json;
    expect(listed).toEqual([expect.objectContaining({ name: 'whole.bin', bytes: 16, hash: wholeEtag })]);
  });

  it('should refuse an SLO manifest naming a missing segment or a wrong ETag or size, listing every problem, and store nothing', async () => {
    const name = await newContainer();
    const [etag] = await segments(name, 's/', ['one']);
    const manifest = [
      { path: `/${name}/s/000`, etag: md5('other'), size_bytes: 3 },
      { path: `/${name}/s/000`, etag, size_bytes: 99 },
      { path: `/${name}/s/404`, etag: null, size_bytes: null },
    ];
    const put = await swift(`/${name}/bad.bin?multipart-manifest=put`, { method: 'PUT', body: JSON.stringify(manifest) });
    expect(put.status).toBe(400);
    expect(put.text).toContain('Etag Mismatch');
    expect(put.text).toContain('Size Mismatch');
    expect(put.text).toContain(`/${name}/s/404, 404 Not Found`);
    expect((await swift(`/${name}/bad.bin`, { method: 'HEAD' })).status).toBe(404);
    expect((await swift(`/${name}/x?multipart-manifest=put`, { method: 'PUT', body: 'not json' })).status).toBe(400);
  });

  it('should delete an SLO with its segments on multipart-manifest=delete, and keep them on a plain delete', async () => {
    const name = await newContainer();
    const etags = await segments(name, 'p/', ['aa', 'bb']);
    const manifest = JSON.stringify(etags.map((etag, i) => ({ path: `/${name}/p/00${i}`, etag, size_bytes: 2 })));
    await swift(`/${name}/kept.bin?multipart-manifest=put`, { method: 'PUT', body: manifest });
    await swift(`/${name}/gone.bin?multipart-manifest=put`, { method: 'PUT', body: manifest });

    expect((await swift(`/${name}/kept.bin`, { method: 'DELETE' })).status).toBe(204);
    expect((await swift(`/${name}/p/000`, { method: 'HEAD' })).status).toBe(200);

    const deleted = await swift(`/${name}/gone.bin?multipart-manifest=delete`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.text).toContain('Number Deleted: 3');
    for (const path of ['gone.bin', 'p/000', 'p/001']) expect((await swift(`/${name}/${path}`, { method: 'HEAD' })).status).toBe(404);
  });

  it('should answer 409 for an SLO whose segment was deleted, rather than a short object', async () => {
    const name = await newContainer();
    const [etag] = await segments(name, 'q/', ['data']);
    await swift(`/${name}/broken.bin?multipart-manifest=put`, { method: 'PUT', body: JSON.stringify([{ path: `/${name}/q/000`, etag, size_bytes: 4 }]) });
    await swift(`/${name}/q/000`, { method: 'DELETE' });
    expect((await swift(`/${name}/broken.bin`)).status).toBe(409);
  });

  it('should copy a large object as its joined bytes', async () => {
    const name = await newContainer();
    await segments(name, 'c/', ['12', '34']);
    await putText(`/${name}/dlo`, '', { 'x-object-manifest': `${name}/c/` });
    const copied = await swift(`/${name}/flat`, { method: 'PUT', headers: { 'x-copy-from': `${name}/dlo`, 'content-length': '0' } });
    expect(copied.status, copied.text).toBe(201);
    const read = await swift(`/${name}/flat`);
    expect(read.text).toBe('1234');
    expect(read.headers.get('x-object-manifest')).toBeNull();
  });
});
