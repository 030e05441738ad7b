import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { json } from '../../router.js';
import { authorize } from '../auth.js';
import { lookup } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import { availabilityZones } from '../state.js';

/** An instance type of the provider's catalogue (§3.4); the same in every region and project. */
export interface FlavorRecord {
  id: string;
  name: string;
  description: string;
  vcpus: number;
  memory_mb: number;
  root_gb: number;
  disk_type: string;
  architecture: string;
  processor: string;
  manufacturer: string;
  group: string;
  instance_type: 'vm' | 'bm' | 'gpu';
  instance_family: string;
  instance_size: string;
  hw_type: string | null;
  hw_name: string | null;
  hw_count: number;
  maximum_network_interfaces: number;
  is_burstable: boolean;
  is_hyper_threading_supported: boolean;
  created_at: string;
}

const CATALOG_DATE = '2024-03-01T00:00:00Z';

function flavor(id: string, name: string, vcpus: number, memoryGb: number, extra: Partial<FlavorRecord> = {}): FlavorRecord {
  const [family = '', size = ''] = name.split('.');
  return {
    id,
    name,
    description: `${vcpus} vCPU, ${memoryGb} GiB memory`,
    vcpus,
    memory_mb: memoryGb * 1024,
    root_gb: 0,
    disk_type: 'volume',
    architecture: 'x86_64',
    processor: 'AMD EPYC',
    manufacturer: 'AMD',
    group: family.replace(/\d.*$/, '').toUpperCase(),
    instance_type: 'vm',
    instance_family: family,
    instance_size: size,
    hw_type: null,
    hw_name: null,
    hw_count: 0,
    maximum_network_interfaces: Math.min(8, Math.max(2, vcpus)),
    is_burstable: false,
    is_hyper_threading_supported: true,
    created_at: CATALOG_DATE,
    ...extra,
  };
}

/** [guess] A representative slice of the catalogue; names follow the `m2a.large` pattern. */
export const FLAVORS: readonly FlavorRecord[] = [
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a01', 't1i.small', 2, 2, { is_burstable: true, processor: 'Intel Xeon', manufacturer: 'Intel' }),
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a02', 'm2a.large', 2, 8),
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a03', 'm2a.xlarge', 4, 16),
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a04', 'c2a.large', 2, 4),
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a05', 'r2a.large', 2, 16),
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a06', 'p2i.6xlarge', 24, 192, {
    instance_type: 'gpu', processor: 'Intel Xeon', manufacturer: 'Intel', hw_type: 'GPU', hw_name: 'NVIDIA A100', hw_count: 1,
  }),
  flavor('0b6f1f3c-7d8e-4a51-9c1e-3f7a2d9b1a07', 'm2a.metal', 64, 256, { instance_type: 'bm', root_gb: 480, disk_type: 'local' }),
];

/** The flavor record as the API shows it in one region. */
export function renderFlavor(f: FlavorRecord, region: string): Record<string, unknown> {
  const zones = availabilityZones(region);
  return {
    ...f,
    os_distro: null,
    availability_zone: zones,
    available: Object.fromEntries(zones.map((z) => [z, f.instance_type === 'vm' ? 100 : 2])),
    is_hyper_threading_disabled: false,
    is_hyper_threading_disable_supported: f.instance_type === 'bm',
    updated_at: f.created_at,
  };
}

/** The subset of the flavor an instance embeds (§3.1). */
export function instanceFlavor(f: FlavorRecord): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    group: f.group,
    vcpus: f.vcpus,
    memory_mb: f.memory_mb,
    root_gb: f.root_gb,
    disk_type: f.disk_type,
    instance_family: f.instance_family,
    is_burstable: f.is_burstable,
    manufacturer: f.manufacturer,
    hw_type: f.hw_type,
    hw_count: f.hw_count,
    os_distro: [],
    maximum_network_interfaces: f.maximum_network_interfaces,
    real_vcpus: f.vcpus,
    is_hyper_threading_supported: f.is_hyper_threading_supported,
  };
}

export const flavorsById: ReadonlyMap<string, FlavorRecord> = new Map(FLAVORS.map((f) => [f.id, f]));

/** `GET /api/v1/flavors[/{id}]`. */
export function addFlavorRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/flavors', (req) => {
    authorize(ctx, req);
    return pagedList('flavors', FLAVORS.map((f) => renderFlavor(f, req.region)), req.query, {
      filters: fieldFilters('id', 'name', 'is_burstable', 'vcpus', 'architecture', 'memory_mb', 'instance_type', 'instance_family',
        'instance_size', 'manufacturer', 'maximum_network_interfaces', 'processor', 'created_at', 'updated_at'),
    });
  });
  router.get('/api/v1/flavors/:id', (req) => {
    authorize(ctx, req);
    return json(200, { flavor: renderFlavor(lookup(ctx, flavorsById, req.params.id!, 'Flavor'), req.region) });
  });
}
