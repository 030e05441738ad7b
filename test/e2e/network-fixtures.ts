import type { Emulator } from '../../src/emulator/server.js';
import { globalId } from './compute-fixtures.js';

/** Shared set-up of the network and storage e2e tests. */

export function regionId(region: string): string {
  return globalId('Region', 'NHN', region);
}

/** How many requests reached the emulator whose `METHOD /path` starts with `prefix`. */
export function requestsStartingWith(emulator: Emulator, prefix: string): number {
  let n = 0;
  for (const [key, count] of emulator.requests) if (key.startsWith(prefix)) n += count;
  return n;
}

/** Requests that changed anything (not GET) on a region's network or volume service. */
export function writesTo(emulator: Emulator, region: string, service: 'network' | 'volume' | 'compute'): number {
  let n = 0;
  for (const [key, count] of emulator.requests) {
    const [method, path] = key.split(' ');
    if (method !== 'GET' && method !== 'HEAD' && path?.startsWith(`/nhn/${region}/${service}/`)) n += count;
  }
  return n;
}

/** The error shape the mutation documents of these tests select. */
export interface PayloadError {
  __typename: string;
  code: string;
  message: string;
  field?: string[];
  currentStatus?: string | null;
}
