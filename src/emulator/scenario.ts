import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { faultRule, type Faults } from './faults.js';

/**
 * A scenario file: what fails when, on the emulator's clock, so a team can rehearse an
 * incident (`EMULATOR_SCENARIO=path`, or `PUT /_emulator/scenario`). Times are seconds
 * from the moment the scenario is loaded. Loading one replaces the faults in force.
 */
export const scenarioSchema = z.object({
  name: z.string().default('scenario'),
  description: z.string().optional(),
  /** Tokens issued from now on live this long (both clouds). */
  tokenLifetimeS: z.number().positive().optional(),
  /** Requests above `perSecond` in one second of the emulator's clock are answered 429. */
  throttle: z.array(z.object({ cloud: z.enum(['nhn', 'kakao']), perSecond: z.number().int().positive() })).default([]),
  faults: z
    .array(
      z.object({ fromS: z.number().min(0).optional(), untilS: z.number().min(0).optional() }).passthrough(),
    )
    .default([]),
});
export type Scenario = z.output<typeof scenarioSchema>;

export interface ScenarioTarget {
  faults: Faults;
  setTokenLifetimeMs(ms: number): void;
}

/** Checks a scenario document; a failure names the offending entry. */
export function parseScenario(doc: unknown): Scenario {
  const scenario = scenarioSchema.parse(doc);
  scenario.faults.forEach((f, i) => {
    const checked = faultRule.safeParse(toRule(f));
    if (!checked.success) throw new Error(`faults[${i}]: ${checked.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
  });
  return scenario;
}

function toRule({ fromS, untilS, ...rest }: Scenario['faults'][number]): unknown {
  return {
    ...rest,
    ...(fromS === undefined ? {} : { fromMs: Math.round(fromS * 1000) }),
    ...(untilS === undefined ? {} : { untilMs: Math.round(untilS * 1000) }),
  };
}

/** Replaces the faults in force with the scenario's, its clock starting now. */
export function applyScenario(target: ScenarioTarget, scenario: Scenario): void {
  const latency = target.faults.latencyMs;
  target.faults.clear();
  target.faults.latencyMs = latency;
  target.faults.restartClock();
  for (const f of scenario.faults) target.faults.add(faultRule.parse(toRule(f)));
  for (const t of scenario.throttle) target.faults.throttle(t);
  if (scenario.tokenLifetimeS !== undefined) target.setTokenLifetimeMs(scenario.tokenLifetimeS * 1000);
}

/** Reads and checks a scenario file (JSON). */
export function loadScenarioFile(path: string): Scenario {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read scenario ${path}: ${(err as Error).message}`);
  }
  return parseScenario(doc);
}
