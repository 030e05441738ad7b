import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import type { Placement } from '../cloud/model.js';
import type { CloudSession } from '../cloud/provider.js';
import type { HanulContext } from '../server/context.js';
import { regionKey } from './keys.js';
import { validate } from './validate.js';

/**
 * What a key has been used for: the fingerprint of the input it came with and, once the
 * create finished, the id of what it made. `owner` is the attempt holding a pending key.
 */
export interface KeyRecord {
  fingerprint: string;
  owner: string;
  id?: string;
}

/** Where keys live: process memory, or Redis shared by every replica (idempotency.ts). */
export interface IdempotencyStore {
  /** Claims `key` for one attempt; returns the record already there instead when the key is taken. */
  claim(key: string, record: KeyRecord): Promise<KeyRecord | undefined>;
  /** Records what the attempt made. */
  complete(key: string, record: KeyRecord & { id: string }): Promise<void>;
  /** Gives the key up after a failed attempt (only if `owner` still holds it), so a retry may try again. */
  release(key: string, owner: string): Promise<void>;
  /** Waits until the pending attempt on `key` completes or gives up (at most `timeoutMs`); the record then, if any. */
  settled(key: string, timeoutMs: number): Promise<KeyRecord | undefined>;
}

export interface CreateOnceSpec<T> {
  store: IdempotencyStore;
  /** Who and where: tenant, provider, region and kind. A key never crosses scopes. */
  scope: string;
  /** The client's idempotency key; without one, `create` simply runs. */
  key: string | undefined;
  /** The create's input (without the key): a key reused with another input is refused. */
  input: unknown;
  /** Makes the resource; given the key so the cloud can carry it (metadata, description). */
  create: (key: string | undefined) => Promise<T>;
  id: (made: T) => string;
  /** Reads the resource a completed key made; undefined when it is gone. */
  read: (id: string) => Promise<T | undefined>;
  /**
   * Looks in the cloud for what an earlier attempt with this key made (the answer was lost,
   * or the process that sent it restarted). Absent where the cloud cannot carry the key.
   */
  find?: (key: string) => Promise<T | undefined>;
  /** The kind, for messages. */
  kind: string;
  /** How long a concurrent duplicate waits for the first attempt. */
  waitMs?: number;
}

/**
 * Runs a create at most once per (scope, key), Stripe-style: a retry returns what the
 * first attempt made, a concurrent duplicate waits for it, and a key reused with another
 * input is a ValidationError on `idempotencyKey`. Before creating, it reconciles from the
 * cloud, so a create whose answer was lost (reset, 5xx, timeout) is found, not repeated.
 */
export async function createOnce<T>(spec: CreateOnceSpec<T>): Promise<T> {
  if (spec.key === undefined) return spec.create(undefined);
  const storeKey = `${spec.scope}\u0000${spec.key}`;
  const mine: KeyRecord = { fingerprint: fingerprint(spec.input), owner: randomUUID() };
  const deadline = Date.now() + (spec.waitMs ?? 60_000);
  for (;;) {
    const taken = await spec.store.claim(storeKey, mine);
    if (!taken) break;
    if (taken.fingerprint !== mine.fingerprint) {
      throw new ValidationError('idempotencyKey was already used with a different input; send a new key for a different request', ['input', 'idempotencyKey']);
    }
    if (taken.id !== undefined) {
      const made = await spec.read(taken.id);
      if (!made) throw new NotFoundError(spec.kind, taken.id, `The ${spec.kind} this idempotencyKey created (${taken.id}) no longer exists`);
      return made;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new ConflictError('A create with this idempotencyKey is still in progress; retry later');
    await spec.store.settled(storeKey, left);
  }
  try {
    const made = (spec.find && (await spec.find(spec.key))) || (await spec.create(spec.key));
    await spec.store.complete(storeKey, { ...mine, id: spec.id(made) });
    return made;
  } catch (err) {
    // The outcome may be unknown (the cloud made it, the answer was lost): the retry reconciles through `find`.
    await spec.store.release(storeKey, mine.owner);
    throw err;
  }
}

/** A stable digest of an input: the same fields in any order give the same fingerprint. */
export function fingerprint(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const idempotencyKey = z.string().min(1, 'must not be empty').max(128, 'must be at most 128 characters');

/**
 * A create mutation's idempotent run: validates `input.idempotencyKey`, scopes the key to
 * the session's tenant, the region and the kind, and hands over to `createOnce`.
 */
export function keyedCreate<T>(
  ctx: HanulContext,
  session: CloudSession,
  where: Placement,
  input: { idempotencyKey?: string | null },
  spec: Omit<CreateOnceSpec<T>, 'store' | 'scope' | 'key' | 'input'>,
): Promise<T> {
  const { idempotencyKey: raw, ...rest } = input;
  const key = raw == null ? undefined : validate(idempotencyKey, raw, ['input', 'idempotencyKey']);
  return createOnce({ ...spec, store: ctx.services.idempotency, scope: `${session.scope}:${regionKey(where)}:${spec.kind}`, key, input: rest });
}
