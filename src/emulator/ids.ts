import { createHash, randomUUID } from 'node:crypto';

/** Identifier helpers shared by the emulated services. */

/**
 * A uuid-shaped id derived from `parts`, so seeded resources keep their ids across
 * restarts (shaped like a version-5 uuid: the same parts always give the same id).
 */
export function stableUuid(...parts: string[]): string {
  const hex = stableHex(32, ...parts).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** `length` lower-case hex characters derived from `parts` (at most 64). */
export function stableHex(length: number, ...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length);
}

/** While a seed runs: the namespace and counter its ids are derived from. */
let seeding: { namespace: string; next: number } | undefined;

/**
 * A fresh random uuid for a resource created at run time; inside `withStableIds`, a uuid
 * derived from the seed's namespace and the call's rank, the same on every start.
 */
export function newUuid(): string {
  if (seeding) return stableUuid(seeding.namespace, String(seeding.next++));
  return randomUUID();
}

/**
 * Runs a (synchronous) seed so that every `newUuid()` it makes is stable across restarts:
 * the seed creates the same resources in the same order, so they get the same ids.
 */
export function withStableIds<T>(namespace: string, seed: () => T): T {
  const outer = seeding;
  seeding = { namespace, next: 0 };
  try {
    return seed();
  } finally {
    seeding = outer;
  }
}
