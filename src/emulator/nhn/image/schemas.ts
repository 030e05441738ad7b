import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import { requireToken } from '../auth.js';

export const DISK_FORMATS = ['ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'];
export const CONTAINER_FORMATS = ['ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'];
export const IMAGE_STATUSES = ['queued', 'saving', 'active', 'killed', 'deleted', 'pending_delete', 'deactivated', 'uploading', 'importing'];
export const VISIBILITIES = ['public', 'private', 'shared', 'community'];

const nullable = (type: string) => ({ type: [type, 'null'] });

/**
 * Glance's image schema, trimmed to the attributes the emulator serves. glanceclient needs
 * `name` and `properties` and validates writes against it (warlock), so the enums hold every
 * value Glance accepts (openstack-discovery §4.3); custom properties are strings.
 */
export const IMAGE_SCHEMA = {
  name: 'image',
  properties: {
    id: { type: 'string', pattern: '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$' },
    name: { ...nullable('string'), maxLength: 255 },
    status: { type: 'string', readOnly: true, enum: IMAGE_STATUSES },
    visibility: { type: 'string', enum: VISIBILITIES },
    protected: { type: 'boolean' },
    os_hidden: { type: 'boolean' },
    checksum: { ...nullable('string'), readOnly: true, maxLength: 32 },
    os_hash_algo: { ...nullable('string'), readOnly: true, maxLength: 64 },
    os_hash_value: { ...nullable('string'), readOnly: true, maxLength: 128 },
    owner: { ...nullable('string'), maxLength: 255 },
    size: { ...nullable('integer'), readOnly: true },
    virtual_size: { ...nullable('integer'), readOnly: true },
    container_format: { enum: [null, ...CONTAINER_FORMATS] },
    disk_format: { enum: [null, ...DISK_FORMATS] },
    created_at: { type: 'string', readOnly: true },
    updated_at: { type: 'string', readOnly: true },
    tags: { type: 'array', items: { type: 'string', maxLength: 255 } },
    min_ram: { type: 'integer' },
    min_disk: { type: 'integer' },
    self: { type: 'string', readOnly: true },
    file: { type: 'string', readOnly: true },
    schema: { type: 'string', readOnly: true },
    locations: { type: 'array', items: { type: 'object' } },
    os_type: { type: 'string', enum: ['linux', 'windows'] },
    os_distro: { type: 'string' },
    os_version: { type: 'string' },
    description: { type: 'string' },
  },
  additionalProperties: { type: 'string' },
  links: [
    { rel: 'self', href: '{self}' },
    { rel: 'enclosure', href: '{file}' },
    { rel: 'describedby', href: '{schema}' },
  ],
};

/** Glance's CollectionSchema around the image schema. */
const IMAGES_SCHEMA = {
  name: 'images',
  properties: {
    images: { type: 'array', items: IMAGE_SCHEMA },
    schema: { type: 'string' },
    first: { type: 'string' },
    next: { type: 'string' },
  },
  links: [
    { rel: 'first', href: '{first}' },
    { rel: 'next', href: '{next}' },
    { rel: 'describedby', href: '{schema}' },
  ],
};

const MEMBER_SCHEMA = {
  name: 'member',
  properties: {
    created_at: { type: 'string' },
    image_id: { type: 'string' },
    member_id: { type: 'string' },
    schema: { type: 'string', readOnly: true },
    status: { type: 'string', enum: ['pending', 'accepted', 'rejected'] },
    updated_at: { type: 'string' },
  },
};

const MEMBERS_SCHEMA = {
  name: 'members',
  properties: { members: { type: 'array', items: MEMBER_SCHEMA }, schema: { type: 'string' } },
  links: [{ rel: 'schema', href: '{schema}' }],
};

/**
 * `GET /v2/schemas/{image,images,member,members}`. glance's metadefs schemas are not served:
 * glanceclient needs one working schema, and the metadefs API is not part of NHN's guide.
 */
export function addSchemaRoutes(router: Router, ctx: EmulatorContext): void {
  const schemas: Record<string, unknown> = { image: IMAGE_SCHEMA, images: IMAGES_SCHEMA, member: MEMBER_SCHEMA, members: MEMBERS_SCHEMA };
  for (const [name, schema] of Object.entries(schemas)) {
    router.get(`/v2/schemas/${name}`, (req) => {
      requireToken(ctx, req, 'text');
      return json(200, schema);
    });
  }
}
