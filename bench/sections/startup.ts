import { timeNpmStart } from '../processes.js';
import { progress } from '../progress.js';
import { median } from '../stats.js';

/** The first query a newcomer runs: it reaches the embedded emulator, not just the config. */
const FIRST_QUERY = '{ regions { name servers(first: 5) { totalCount edges { node { name status flavor { name } } } } } }';

export interface StartupResults {
  runsMs: number[];
  medianMs: number;
}

/** Time from spawning `npm start` (demo mode, free port) to the first query answered with data. */
export async function runStartup(runs: number): Promise<StartupResults> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    progress(`start-up: run ${i + 1} of ${runs}`);
    runsMs.push(await timeNpmStart(FIRST_QUERY));
  }
  return { runsMs, medianMs: median(runsMs) };
}
