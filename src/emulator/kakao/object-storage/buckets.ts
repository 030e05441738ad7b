import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { containerUsage } from '../../nhn/object-storage/state.js';
import type { Router } from '../../router.js';
import { json } from '../../router.js';
import { authorize } from '../auth.js';
import { readBody } from '../body.js';
import { conflict, notFound } from '../errors.js';
import type { KakaoRegionState } from '../state.js';
import { type ContainerRecord, newBucket } from './containers.js';

/** `PUT /v1_ext/bucket`: the body is not wrapped in a resource key (§10). */
const createBucket = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{2,62}$/, 'must be 3-63 lower-case letters, digits or "-"'),
  // Older docs used `hot`/`cold`; the current API takes `STANDARD` only.
  type: z.literal('STANDARD'),
  use_encryption: z.boolean().optional(),
  encryption_configuration: z.object({ type: z.literal('managed') }).optional(),
});

/** `POST /v1_ext/bucket/{name}`: [guess] `private` turns public read off; only `read-only` is documented. */
const updateAcl = z.object({ name: z.string(), acl: z.object({ public: z.enum(['read-only', 'private']) }) });

/** The Swift read ACL that the extension API's public `read-only` stands for: objects and listing. */
const PUBLIC_READ = '.r:*,.rlistings';

/** The bucket in the extension API's camelCase form; `project` is also the Swift account. */
function renderBucket(ctx: EmulatorContext, state: KakaoRegionState, bucket: ContainerRecord): Record<string, unknown> {
  const usage = containerUsage(bucket, ctx.now());
  return {
    account: state.project.id,
    project: state.project.id,
    name: bucket.name,
    type: bucket.bucketType,
    bytes: usage.bytes,
    objectCount: usage.objects,
    useEncryption: bucket.useEncryption,
    createdAt: isoSeconds(bucket.createdAt),
  };
}

/** The JSON bucket API under `/v1_ext/bucket`: create and read metadata ([doc]); errors in the service envelope ([guess]). */
export function addBucketRoutes(router: Router, ctx: EmulatorContext): void {
  router.put('/v1_ext/bucket', (req) => {
    const { state, now } = authorize(ctx, req);
    const body = readBody(req, createBucket);
    if (state.containers.has(body.name)) conflict(`Bucket ${body.name} already exists.`);
    const bucket = newBucket(body.name, now, body.use_encryption ?? false);
    state.containers.set(bucket.name, bucket);
    return json(201, renderBucket(ctx, state, bucket));
  });
  router.get('/v1_ext/bucket/:name', (req) => {
    const { state } = authorize(ctx, req);
    const bucket = state.containers.get(req.params.name!) ?? notFound('Bucket', req.params.name!);
    return json(200, renderBucket(ctx, state, bucket));
  });
  router.post('/v1_ext/bucket/:name', (req) => {
    const { state, now } = authorize(ctx, req);
    const bucket = state.containers.get(req.params.name!) ?? notFound('Bucket', req.params.name!);
    const body = readBody(req, updateAcl);
    if (body.acl.public === 'read-only') bucket.settings.set('x-container-read', PUBLIC_READ);
    else bucket.settings.delete('x-container-read');
    bucket.modifiedAt = now;
    // [guess] The answer echoes the ACL in the shape it is set with; it is the Swift read ACL underneath.
    return json(200, { ...renderBucket(ctx, state, bucket), acl: body.acl });
  });
}
