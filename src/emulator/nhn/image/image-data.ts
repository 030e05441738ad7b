import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../../context.js';
import { empty, type Router } from '../../router.js';
import { imageCall, ownedImage, visibleImage } from './access.js';
import { badRequest, refuse } from './errors.js';
import { imageLifecycle } from './transitions.js';

/** Upload and download of image data (nhn-image.md §3.4). */
export function addImageDataRoutes(router: Router, ctx: EmulatorContext): void {
  router.put('/v2/images/:imageId/file', (req) => {
    const image = ownedImage(ctx, imageCall(ctx, req), req.params.imageId!, 'upload data to');
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim();
    // [guess] Glance's answer to another media type.
    if (type !== 'application/octet-stream') refuse(415, `Unsupported Content-Type: ${type || 'none'}. Image data is application/octet-stream.`);
    imageLifecycle.check(image, 'upload');
    if (!image.containerFormat || !image.diskFormat) badRequest('Properties container_format, disk_format must be set prior to saving data.');
    const data = Buffer.from(req.rawBody);
    image.data = data;
    image.size = data.length;
    image.checksum = createHash('md5').update(data).digest('hex');
    imageLifecycle.run(ctx, image, 'upload');
    return empty(204);
  });

  router.get('/v2/images/:imageId/file', (req) => {
    const image = visibleImage(ctx, imageCall(ctx, req), req.params.imageId!);
    // NHN serves data only for images that allow it (nhn-image.md §3.4); [guess] the wording.
    if (image.properties.nhncloud_allow_download !== 'true') refuse(403, `Downloading image ${image.id} is not allowed: set nhncloud_allow_download to true.`);
    if (!image.data) return empty(204);
    return {
      status: 200,
      body: image.data,
      headers: { 'content-type': 'application/octet-stream', 'content-md5': image.checksum! },
    };
  });
}
