import { expect } from 'vitest';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import type { StatusWatchers } from '../../src/status/watcher.js';
import { liveListeners } from './listeners.js';
import { waitFor } from './subscriptions.js';

/** Observations of an in-process Hanul's status watchers, by counting (never by timing). */

/** The emulator's request key of one list call of servers (what a poll costs). */
export function serversDetail(region: string, tenantId: string = DEMO_NHN.tenantId): string {
  return `GET /nhn/${region}/compute/v2/${tenantId}/servers/detail`;
}

/** Resolves once `pollers` pollers run and each had time for its baseline poll (so later changes are diffs). */
export async function baselinePolled(watchers: StatusWatchers, pollers: number): Promise<void> {
  await waitFor(() => watchers.stats().pollers === pollers, `${pollers} poller(s)`, 10_000, () => watchers.stats());
  const start = watchers.stats().polls;
  await waitFor(() => watchers.stats().polls >= start + 2 * pollers, 'baseline polls', 10_000, () => watchers.stats());
}

/** Resolves once no poller runs and no pub/sub listener is registered (needs trackEventListeners()). */
export async function nothingLeft(watchers: StatusWatchers, timeoutMs = 10_000): Promise<void> {
  await waitFor(
    () => watchers.stats().pollers === 0 && liveListeners('status:') === 0 && liveListeners('poke:') === 0,
    'no poller and no pub/sub listener',
    timeoutMs,
    () => ({ ...watchers.stats(), statusListeners: liveListeners('status:'), pokeListeners: liveListeners('poke:') }),
  );
}

/** What every status event carries. */
export function expectEventShape(e: { previousStatus?: string | null; status: string; at: string }): void {
  expect(e.status).toBeTruthy();
  expect(e).toHaveProperty('previousStatus');
  expect(Number.isNaN(Date.parse(e.at))).toBe(false);
}
