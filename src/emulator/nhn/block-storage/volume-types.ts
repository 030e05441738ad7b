import type { EmulatorContext } from '../../context.js';
import { json, type Router } from '../../router.js';
import { volumeCall } from './access.js';
import { itemNotFound } from './errors.js';

/** A volume type; volumes name their type by `name` (nhn-block-storage §2). */
export interface VolumeType {
  id: string;
  name: string;
  backend: string;
  encrypted: boolean;
}

/** The types NHN offers in every region; `General HDD` is the default. */
// [guess] ids and the encrypted types' backend names are made up; NHN documents only the names.
export const VOLUME_TYPES: readonly VolumeType[] = [
  { id: '6ac3b1b5-9b8f-4bd1-9c1e-0d5c8b1b2a01', name: 'General HDD', backend: 'hdd_general', encrypted: false },
  { id: '6ac3b1b5-9b8f-4bd1-9c1e-0d5c8b1b2a02', name: 'General SSD', backend: 'ssd_general', encrypted: false },
  { id: '6ac3b1b5-9b8f-4bd1-9c1e-0d5c8b1b2a03', name: 'Encrypted HDD', backend: 'hdd_encrypted', encrypted: true },
  { id: '6ac3b1b5-9b8f-4bd1-9c1e-0d5c8b1b2a04', name: 'Encrypted SSD', backend: 'ssd_encrypted', encrypted: true },
];

export const DEFAULT_VOLUME_TYPE = VOLUME_TYPES[0]!;

/** A type by name (as volumes carry it) or id, or Cinder's 404. */
export function findVolumeType(nameOrId: string): VolumeType {
  const type = VOLUME_TYPES.find((t) => t.name === nameOrId || t.id === nameOrId);
  if (!type) throw itemNotFound(`Volume type with name ${nameOrId} could not be found.`);
  return type;
}

/** The type as `GET /types` lists it. */
export function renderType(type: VolumeType): Record<string, unknown> {
  return {
    id: type.id,
    name: type.name,
    description: null,
    'os-volume-type-access:is_public': true,
    extra_specs: { volume_backend_name: type.backend },
  };
}

/** `GET /v2/{tenantId}/types` and one type by id. */
export function registerVolumeTypeRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2/:tenantId/types', (req) => {
    volumeCall(ctx, req);
    return json(200, { volume_types: VOLUME_TYPES.map(renderType) });
  });

  router.get('/v2/:tenantId/types/:id', (req) => {
    volumeCall(ctx, req);
    const type = VOLUME_TYPES.find((t) => t.id === req.params.id);
    if (!type) throw itemNotFound(`Volume type ${req.params.id} could not be found.`);
    return json(200, { volume_type: renderType(type) });
  });
}
