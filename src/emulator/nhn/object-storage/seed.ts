import type { EmulatorContext } from '../../context.js';
import type { NhnRegion } from '../state.js';
import { newContainer, newObject, type StoragePolicy } from './state.js';

interface SeedContainer {
  region: NhnRegion;
  name: string;
  policy: StoragePolicy;
  objects: { name: string; contentType: string; text: string }[];
}

/** The demo tenant's storage: text and JSON objects, a `folder/` pseudo-directory, two regions. */
const DEMO_CONTAINERS: SeedContainer[] = [
  {
    region: 'kr1',
    name: 'hanul-assets',
    policy: 'Standard',
    objects: [
      { name: 'readme.txt', contentType: 'text/plain', text: 'Hanul demo assets. Everything here lives in the embedded emulator.\n' },
      { name: 'config.json', contentType: 'application/json', text: '{"theme":"dark","replicas":2}\n' },
      { name: 'folder/notes.txt', contentType: 'text/plain', text: 'Objects under folder/ list as one subdir with delimiter=/.\n' },
      { name: 'folder/inventory.json', contentType: 'application/json', text: '{"servers":3,"clusters":1}\n' },
    ],
  },
  {
    region: 'kr1',
    name: 'hanul-backups',
    policy: 'Economy',
    objects: [{ name: 'db/2024-01-31.json', contentType: 'application/json', text: '{"tables":12,"rows":48213}\n' }],
  },
  {
    region: 'kr2',
    name: 'hanul-reports',
    policy: 'Standard',
    objects: [
      { name: 'summary.txt', contentType: 'text/plain', text: 'Quarterly usage summary for kr2.\n' },
      { name: 'q1/usage.json', contentType: 'application/json', text: '{"cpuHours":1520,"gbMonths":310}\n' },
    ],
  },
];

/** Creates the demo containers and objects for the project `tenantId`. */
export function seedObjectStorage(ctx: EmulatorContext, tenantId: string): void {
  const now = ctx.now();
  for (const seed of DEMO_CONTAINERS) {
    const state = ctx.nhn.region(tenantId, seed.region).objectStorage;
    const container = newContainer(seed.name, seed.policy, now);
    for (const o of seed.objects) container.objects.set(o.name, newObject(o.name, Buffer.from(o.text), o.contentType, now));
    state.containers.set(container.name, container);
  }
}
