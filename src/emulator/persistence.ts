import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { EmulatorContext } from './context.js';
import type { Scheduler } from './scheduler.js';

/**
 * Keeps the emulator's state (both clouds, every tenant, region and service) in one file
 * across restarts (`EMULATOR_STATE`). The file is rewritten whole, atomically (a temporary
 * file, fsync, rename), shortly after changes and on close; a crash mid-write leaves the
 * previous file intact.
 *
 * Layout: a magic line, the payload length (8 bytes), its SHA-256 (32 bytes), then the
 * payload: the clouds' collections in V8's structured-clone format, which keeps Maps,
 * Dates, Buffers and the references between records (a token and its account).
 */

const MAGIC = Buffer.from('HANUL-EMULATOR-STATE 1\n');
const HEADER_BYTES = MAGIC.length + 8 + 32;
/** The file's name when `EMULATOR_STATE` names a folder. */
export const STATE_FILE_NAME = 'emulator-state.v8';

export interface PersistenceOptions {
  /** Quiet time after the last change before a save. Default 200 ms. */
  debounceMs?: number;
  /**
   * Longest a change waits for its save. Saves wait for running transitions to finish
   * (so the file holds settled state), but never longer than this. Default 10 s.
   */
  maxDelayMs?: number;
}

type Collections = Record<string, Map<unknown, unknown> | Set<unknown>>;

interface Snapshot {
  nhn: Collections;
  kakao: Collections;
}

/** The file `EMULATOR_STATE` stands for: the path itself, or `emulator-state.v8` inside a folder. */
export function stateFilePath(setting: string): string {
  const folder = setting.endsWith('/') || setting.endsWith(sep) || (existsSync(setting) && statSync(setting).isDirectory());
  return folder ? join(setting, STATE_FILE_NAME) : setting;
}

/** A cloud's state: its own Map and Set fields (its settings come from the options, not the file). */
function collections(cloud: object): Collections {
  return Object.fromEntries(Object.entries(cloud).filter(([, v]) => v instanceof Map || v instanceof Set));
}

/** Refills the cloud's collections in place from the saved ones. */
function restoreInto(cloud: object, saved: Collections): void {
  const fields = cloud as Record<string, unknown>;
  for (const [name, value] of Object.entries(saved)) {
    const target = fields[name];
    if (target instanceof Map && value instanceof Map) {
      target.clear();
      for (const [k, v] of value) target.set(k, v);
    } else if (target instanceof Set && value instanceof Set) {
      target.clear();
      for (const v of value) target.add(v);
    }
  }
}

function encode(ctx: EmulatorContext): Buffer {
  const snapshot: Snapshot = { nhn: collections(ctx.nhn), kakao: collections(ctx.kakao) };
  const payload = serialize(snapshot);
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(payload.length));
  return Buffer.concat([MAGIC, length, createHash('sha256').update(payload).digest(), payload]);
}

function decode(file: string, bytes: Buffer): Snapshot {
  const damaged = (why: string) =>
    new Error(`EMULATOR_STATE file ${file} is damaged (${why}). It was left as it is: move it away to start from the demo seed.`);
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged('not an emulator state file');
  const length = Number(bytes.readBigUInt64BE(MAGIC.length));
  const payload = bytes.subarray(HEADER_BYTES);
  if (payload.length !== length) throw damaged(`${payload.length} of ${length} bytes`);
  const digest = bytes.subarray(MAGIC.length + 8, HEADER_BYTES);
  if (!createHash('sha256').update(payload).digest().equals(digest)) throw damaged('checksum mismatch');
  try {
    return deserialize(payload) as Snapshot;
  } catch {
    throw damaged('unreadable payload');
  }
}

/** Loads and saves one emulator's state. */
export class StatePersistence {
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private timer: NodeJS.Timeout | undefined;
  /** When the oldest unsaved change happened, or undefined when all is saved. */
  private dirtySince: number | undefined;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly file: string,
    private readonly scheduler: Scheduler,
    options: PersistenceOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
  }

  /**
   * Replaces the clouds' state with the saved one. False when there is no file yet (the
   * caller seeds); throws when the file is damaged, leaving it untouched.
   */
  load(): boolean {
    if (!existsSync(this.file)) return false;
    const snapshot = decode(this.file, readFileSync(this.file));
    restoreInto(this.ctx.nhn, snapshot.nhn);
    restoreInto(this.ctx.kakao, snapshot.kakao);
    return true;
  }

  /** Notes a change: the state is saved once changes and transitions pause. */
  changed(): void {
    if (this.closed) return;
    this.dirtySince ??= Date.now();
    this.schedule(this.debounceMs);
  }

  /** Settles pending transitions, writes the state a last time and stops saving. */
  async close(): Promise<void> {
    if (this.closed) return this.writing;
    this.closed = true;
    clearTimeout(this.timer);
    // A restart resumes where the transitions were heading, not halfway.
    this.scheduler.flush();
    this.dirtySince ??= Date.now();
    return this.enqueueWrite();
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    const overdue = this.dirtySince !== undefined && Date.now() - this.dirtySince >= this.maxDelayMs;
    this.timer = setTimeout(() => this.tick(), overdue ? 0 : delayMs);
    this.timer.unref();
  }

  private tick(): void {
    if (this.dirtySince === undefined) return;
    const overdue = Date.now() - this.dirtySince >= this.maxDelayMs;
    // Mid-transition state is saved only when transitions never pause for long.
    if (this.scheduler.pending > 0 && !overdue) return this.schedule(this.debounceMs);
    void this.enqueueWrite();
  }

  private enqueueWrite(): Promise<void> {
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    if (this.dirtySince === undefined) return;
    const since = this.dirtySince;
    this.dirtySince = undefined;
    const tmp = `${this.file}.tmp`;
    try {
      const bytes = encode(this.ctx);
      mkdirSync(dirname(this.file), { recursive: true });
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.file);
    } catch (err) {
      // Keep the change unsaved so that the next change (or close) tries again.
      this.dirtySince ??= since;
      console.error(`Cannot save the emulator state to ${this.file}: ${(err as Error).message}`);
    }
  }
}
