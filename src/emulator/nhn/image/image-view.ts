import { createHash } from 'node:crypto';
import { isoSeconds } from '../../clock.js';
import type { NhnImage } from './state.js';

/** An image as Glance v2 shows it: flat, custom properties as top-level keys (nhn-image.md §1). */
export function imageBody(image: NhnImage): Record<string, unknown> & { id: string; size: number | null } {
  return {
    ...image.properties,
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    owner: image.owner,
    protected: image.protected,
    container_format: image.containerFormat,
    disk_format: image.diskFormat,
    min_disk: image.minDisk,
    min_ram: image.minRam,
    size: image.size,
    virtual_size: null,
    checksum: image.checksum,
    os_hash_algo: image.checksum ? 'sha512' : null,
    os_hash_value: image.checksum ? hashValue(image) : null,
    os_hidden: image.hidden ?? false,
    tags: [...image.tags],
    created_at: isoSeconds(image.createdAt),
    updated_at: isoSeconds(image.updatedAt),
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
  };
}

/** sha512 of the data when there is some; seeded images have none, so it is derived from the checksum. */
function hashValue(image: NhnImage): string {
  return createHash('sha512').update(image.data ?? image.checksum!).digest('hex');
}
