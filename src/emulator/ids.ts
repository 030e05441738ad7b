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

/** A fresh random uuid for resources created at run time. */
export function newUuid(): string {
  return randomUUID();
}
