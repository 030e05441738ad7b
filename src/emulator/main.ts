/**
 * `npm run emulator`: runs the cloud emulator on its own, seeded with the demo tenants, and
 * prints where its services are and how to log in.
 *
 * Environment: EMULATOR_PORT (default 4010), EMULATOR_HOST (default 127.0.0.1),
 * EMULATOR_TRANSITION_MS (duration of one asynchronous transition, default 1500),
 * EMULATOR_STATE (a file or folder keeping the state across restarts; default: memory only).
 * EMULATOR_SCENARIO (a fault scenario file to load at start, see src/emulator/scenario.ts).
 */
import { kakaoServices } from './kakao/index.js';
import { KAKAO_REGIONS } from './kakao/state.js';
import { nhnServices } from './nhn/index.js';
import { NHN_REGIONS } from './nhn/state.js';
import { DEMO_KAKAO, DEMO_NHN, OTHER_NHN } from './seed.js';
import { stateFilePath } from './persistence.js';
import { loadScenarioFile, type Scenario } from './scenario.js';
import { startEmulator, type Emulator } from './server.js';

const port = numberFromEnv('EMULATOR_PORT', 4010);
const transitionMs = numberFromEnv('EMULATOR_TRANSITION_MS', 1500);
const host = process.env.EMULATOR_HOST ?? '127.0.0.1';
const statePath = process.env.EMULATOR_STATE || undefined;

let scenario: Scenario | undefined;
try {
  scenario = process.env.EMULATOR_SCENARIO ? loadScenarioFile(process.env.EMULATOR_SCENARIO) : undefined;
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
let emulator: Emulator;
try {
  emulator = await startEmulator({ host, port, transitionMs, statePath, scenario });
} catch (err) {
  console.error(`Cannot start the emulator on ${host}:${port}: ${(err as Error).message}`);
  process.exit(1);
}
console.log(banner(emulator));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}

function banner({ url, ctx }: Emulator): string {
  const nhnToken = JSON.stringify({
    auth: { tenantId: DEMO_NHN.tenantId, passwordCredentials: { username: DEMO_NHN.username, password: DEMO_NHN.password } },
  });
  return [
    `Hanul cloud emulator on ${url} (transitions ${transitionMs} ms)`,
    statePath ? `State kept in ${stateFilePath(statePath)}` : 'State in memory only (set EMULATOR_STATE to keep it across restarts)',
    '',
    'NHN Cloud',
    `  identity        ${ctx.nhnIdentityUrl}  (POST /tokens; the catalog lists every endpoint)`,
    `  services        ${url}/nhn/{region}/{service}`,
    `                  service: ${Object.keys(nhnServices).join(', ')}`,
    `                  region:  ${NHN_REGIONS.join(', ')}`,
    `  demo tenant     tenantId ${DEMO_NHN.tenantId}`,
    `                  username ${DEMO_NHN.username}  API password ${DEMO_NHN.password}`,
    `                  storage tenantId ${DEMO_NHN.storageTenantId}`,
    `  other tenant    tenantId ${OTHER_NHN.tenantId}  username ${OTHER_NHN.username}  API password ${OTHER_NHN.password}`,
    '',
    'KakaoCloud',
    `  iam             ${ctx.kakaoServiceUrl('iam')}`,
    `  services        ${url}/kakao/{service}/{region}`,
    `                  service: ${Object.keys(kakaoServices).join(', ')}`,
    `                  region:  ${KAKAO_REGIONS.join(', ')}`,
    `  demo project    ${DEMO_KAKAO.projectId}`,
    `                  access key id ${DEMO_KAKAO.accessKeyId}  secret ${DEMO_KAKAO.secretAccessKey}`,
    '',
    'Try',
    `  curl -s -X POST ${ctx.nhnIdentityUrl}/tokens -H 'content-type: application/json' -d '${nhnToken}'`,
    '',
    'Admin: POST/DELETE /_emulator/faults, PUT /_emulator/scenario, PUT /_emulator/latency, GET /_emulator/requests',
    ...(scenario ? [`Scenario "${scenario.name}" in force (${scenario.faults.length} faults)`] : []),
  ].join('\n');
}

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}"`);
    process.exit(1);
  }
  return value;
}
