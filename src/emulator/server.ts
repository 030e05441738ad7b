import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { type EmulatorClock, systemClock } from './clock.js';
import type { EmulatorContext } from './context.js';
import { HttpError } from './errors.js';
import { appliesFirst, faultResponse, faultRule, Faults } from './faults.js';
import { kakaoError, tooManyRequests } from './kakao/errors.js';
import { kakaoIam, kakaoServices } from './kakao/index.js';
import { DEFAULT_KAKAO_REGION, KakaoCloud } from './kakao/state.js';
import { nhnIdentity, nhnServices } from './nhn/index.js';
import { withRequestIds } from './nhn/request-ids.js';
import { NhnCloud } from './nhn/state.js';
import { type PersistenceOptions, StatePersistence, stateFilePath } from './persistence.js';
import type { EmuRequest, EmuResponse, Router } from './router.js';
import { json } from './router.js';
import { Scheduler } from './scheduler.js';
import { seedDemo } from './seed.js';
import { tokenAdmin } from './token-admin.js';
import { applyScenario, parseScenario, type Scenario } from './scenario.js';

export interface EmulatorOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Duration of one asynchronous transition (BUILD → ACTIVE, ...). Default 1500 ms. */
  transitionMs?: number;
  /** Latency added to every answer, to simulate the network. Default 0. */
  latencyMs?: number;
  /** Lifetime of issued tokens. Default 12 h, as NHN's examples show. */
  tokenLifetimeMs?: number;
  /** Seed the demo tenants. Default true. */
  seed?: boolean;
  /** KakaoCloud: share of requests answered 429, spread evenly (0.25: every 4th). Default 0. */
  injected429Rate?: number;
  /** KakaoCloud: how long a new resource reads as 404 after its create (eventual consistency). Default 0. */
  kakaoCreateVisibilityMs?: number;
  /**
   * `EMULATOR_STATE`: a file (or a folder, for `emulator-state.v8` inside it) that keeps
   * the whole state across restarts. Without it, state lives in memory only.
   */
  statePath?: string;
  /** When to save (`statePath` only). */
  persistence?: PersistenceOptions;
  /** The emulator's clock (tokens, timestamps, scenario windows, transitions). Tests inject a `ManualClock` they move. Default: the system clock. */
  clock?: EmulatorClock;
  /** A fault scenario (scenario.ts) in force from the start. */
  scenario?: Scenario;
}

/** What `PUT /_emulator/kakao-quirks` may change at run time. */
const kakaoQuirks = z.object({
  injected429Rate: z.number().min(0).max(1).optional(),
  createVisibilityMs: z.number().int().min(0).optional(),
});

export interface Emulator {
  readonly url: string;
  readonly ctx: EmulatorContext;
  /** Requests answered so far, keyed by `METHOD /path` (query excluded). */
  readonly requests: Map<string, number>;
  /** Total requests answered so far. */
  requestCount(): number;
  close(): Promise<void>;
}

/** Starts the emulator on a loopback port and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? systemClock;
  const faults = new Faults(() => clock.now().getTime());
  faults.latencyMs = options.latencyMs ?? 0;
  const scheduler = new Scheduler(options.transitionMs ?? 1500, clock);
  const requests = new Map<string, number>();
  let total = 0;

  const server = createServer();
  // Reject (rather than crash on an unhandled 'error') when the port is taken.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}`;

  const ctx: EmulatorContext = {
    baseUrl,
    nhnIdentityUrl: `${baseUrl}/nhn/identity/v2.0`,
    nhnServiceUrl: (region, service) => `${baseUrl}/nhn/${region}/${service}`,
    scheduler,
    faults,
    nhn: new NhnCloud(options.tokenLifetimeMs ?? 12 * 3600_000),
    kakaoServiceUrl: (service, region = DEFAULT_KAKAO_REGION) =>
      service === 'iam' ? `${baseUrl}/kakao/iam` : `${baseUrl}/kakao/${service}/${region}`,
    kakao: new KakaoCloud({
      tokenLifetimeMs: options.tokenLifetimeMs ?? 12 * 3600_000,
      createVisibilityMs: options.kakaoCreateVisibilityMs ?? 0,
      injected429Rate: options.injected429Rate ?? 0,
    }),
    now: () => clock.now(),
  };
  const scenarioTarget = {
    faults,
    setTokenLifetimeMs: (ms: number) => {
      ctx.nhn.tokenLifetimeMs = ms;
      ctx.kakao.settings.tokenLifetimeMs = ms;
    },
  };
  if (options.scenario) applyScenario(scenarioTarget, options.scenario);
  /** Answers whose connection is destroyed instead of sent (a fault after processing). */
  const resets = new WeakSet<EmuResponse>();
  const identity = nhnIdentity(ctx);
  const services = new Map(Object.entries(nhnServices).map(([name, f]) => [name, f(ctx)]));
  const kakaoIamRouter = kakaoIam(ctx);
  const kakaoRouters = new Map(Object.entries(kakaoServices).map(([name, f]) => [name, f(ctx)]));
  const persistence = options.statePath ? new StatePersistence(ctx, stateFilePath(options.statePath), scheduler, options.persistence) : undefined;
  let loaded: boolean;
  try {
    loaded = persistence?.load() ?? false;
  } catch (err) {
    server.close();
    throw err;
  }
  if (!loaded && (options.seed ?? true)) seedDemo(ctx);
  if (persistence) {
    scheduler.onRun = () => persistence.changed();
    if (!loaded) persistence.changed();
  }

  /** Resolves the router and the region a URL path belongs to. */
  function mount(path: string): { router: Router; region: string; rest: string } | undefined {
    const parts = path.split('/');
    if (parts[1] === 'kakao') return kakaoMount(parts);
    // ['', 'nhn', region|identity, service, ...rest]
    if (parts[1] !== 'nhn') return undefined;
    if (parts[2] === 'identity') return { router: identity, region: '', rest: '/' + parts.slice(3).join('/') };
    const region = parts[2] ?? '';
    const router = services.get(parts[3] ?? '');
    if (!router || !ctx.nhn.isRegion(region)) return undefined;
    return { router, region, rest: '/' + parts.slice(4).join('/') };
  }

  /** `/kakao/iam/…` (global) or `/kakao/{service}/{region}/…`, like `{service}.{region}.kakaocloud.com`. */
  function kakaoMount(parts: string[]): { router: Router; region: string; rest: string } | undefined {
    if (parts[2] === 'iam') return { router: kakaoIamRouter, region: '', rest: '/' + parts.slice(3).join('/') };
    const router = kakaoRouters.get(parts[2] ?? '');
    const region = parts[3] ?? '';
    if (!router || !ctx.kakao.isRegion(region)) return undefined;
    return { router, region, rest: '/' + parts.slice(4).join('/') };
  }

  async function handle(req: IncomingMessage, rawBody: Buffer): Promise<EmuResponse> {
    const url = new URL(req.url ?? '/', baseUrl);
    const target = url.pathname.startsWith('/_emulator/') ? undefined : mount(url.pathname);
    const answer = await route(req, url, rawBody);
    const finish = target?.router.options.finish;
    return finish ? finish({ method: req.method ?? 'GET', path: target.rest, headers: req.headers }, answer) : answer;
  }

  async function route(req: IncomingMessage, url: URL, rawBody: Buffer): Promise<EmuResponse> {
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/_emulator/')) return admin(method, url.pathname, rawBody);

    const fault = faults.take(method, url.pathname);
    if (fault && !appliesFirst(fault)) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.kind === 'reset') return resetAnswer();
      return faultResponse(fault);
    }
    const kakao = url.pathname.startsWith('/kakao/');
    if (faults.throttled(url.pathname)) return kakao ? tooManyRequests() : json(429, { error: { code: 429, title: 'Too Many Requests', message: 'rate limit exceeded' } });
    if (!fault) return serve(req, url, method, rawBody);
    // Apply the request, then lose its answer: "created, but the client never heard".
    const applied = await serve(req, url, method, rawBody);
    if (fault.kind === 'reset-after') return resetAnswer();
    if (fault.kind === 'delay-after') {
      await sleep(fault.delayMs);
      return applied;
    }
    return faultResponse(fault);
  }

  function resetAnswer(): EmuResponse {
    const answer: EmuResponse = { status: 500 };
    resets.add(answer);
    return answer;
  }

  async function serve(req: IncomingMessage, url: URL, method: string, rawBody: Buffer): Promise<EmuResponse> {
    const kakao = url.pathname.startsWith('/kakao/');
    if (kakao && ctx.kakao.throttled()) return tooManyRequests();
    const target = mount(url.pathname);
    if (!target) return kakao ? kakaoError(404, `No emulated service at ${url.pathname}`) : json(404, { error: { code: 404, message: `No emulated service at ${url.pathname}` } });
    const found = target.router.match(method, target.rest);
    const unmatched = target.router.options.unmatched;
    if (unmatched && (found === undefined || found === 'method-not-allowed')) {
      return unmatched({ method, path: target.rest, headers: req.headers, region: target.region }, found === undefined ? 'not-found' : 'method-not-allowed');
    }
    if (found === undefined) return kakao ? kakaoError(404, `Not found: ${target.rest}`) : json(404, { error: { code: 404, message: `Not found: ${target.rest}` } });
    if (found === 'method-not-allowed') {
      return kakao ? kakaoError(405, `${method} is not allowed on ${target.rest}`) : json(405, { error: { code: 405, title: 'Method Not Allowed', message: `${method} is not allowed on ${target.rest}` } });
    }

    const isJson = (req.headers['content-type'] ?? '').includes('json');
    let body: unknown;
    let bodyInvalid = false;
    if (isJson && rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        bodyInvalid = true;
      }
    }
    const emuReq: EmuRequest = {
      method,
      path: target.rest,
      params: found.params,
      query: url.searchParams,
      headers: req.headers,
      body,
      bodyInvalid,
      rawBody,
      region: target.region,
    };
    try {
      return await found.handler(emuReq);
    } catch (err) {
      if (err instanceof HttpError) return err.response;
      throw err;
    }
  }

  function admin(method: string, path: string, rawBody: Buffer): EmuResponse {
    if (path === '/_emulator/faults' && method === 'POST') {
      const parsed = faultRule.safeParse(JSON.parse(rawBody.toString('utf8') || '{}'));
      if (!parsed.success) return json(400, { error: parsed.error.message });
      faults.add(parsed.data);
      return json(201, parsed.data);
    }
    if (path === '/_emulator/faults' && method === 'DELETE') {
      faults.clear();
      return { status: 204 };
    }
    if (path === '/_emulator/latency' && method === 'PUT') {
      faults.latencyMs = Number(JSON.parse(rawBody.toString('utf8') || '{}').ms ?? 0);
      return { status: 204 };
    }
    if (path === '/_emulator/kakao-quirks' && method === 'PUT') {
      const parsed = kakaoQuirks.safeParse(JSON.parse(rawBody.toString('utf8') || '{}'));
      if (!parsed.success) return json(400, { error: parsed.error.message });
      Object.assign(ctx.kakao.settings, Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)));
      return json(200, ctx.kakao.settings);
    }
    if (path.startsWith('/_emulator/tokens/')) return tokenAdmin(ctx, method, path, JSON.parse(rawBody.toString('utf8') || '{}'));
    if (path === '/_emulator/scenario' && method === 'PUT') {
      try {
        const scenario = parseScenario(JSON.parse(rawBody.toString('utf8') || '{}'));
        applyScenario(scenarioTarget, scenario);
        return json(200, scenario);
      } catch (err) {
        return json(400, { error: (err as Error).message });
      }
    }
    if (path === '/_emulator/requests' && method === 'GET') {
      return json(200, { total, byRoute: Object.fromEntries(requests) });
    }
    return json(404, { error: 'unknown admin endpoint' });
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', baseUrl);
      if (!url.pathname.startsWith('/_emulator/')) {
        total += 1;
        const key = `${req.method} ${url.pathname}`;
        requests.set(key, (requests.get(key) ?? 0) + 1);
      }
      handle(req, Buffer.concat(chunks))
        .catch((err: unknown) => json(500, { computeFault: { code: 500, message: `emulator bug: ${String(err)}` } }))
        .then(async (answer) => {
          if (faults.latencyMs > 0) await sleep(faults.latencyMs);
          if (resets.has(answer)) res.socket?.destroy();
          else send(res, withRequestIds(url.pathname, answer), req.method === 'HEAD');
          if (req.method !== 'GET' && req.method !== 'HEAD' && !url.pathname.startsWith('/_emulator/')) persistence?.changed();
        });
    });
  });

  return {
    url: baseUrl,
    ctx,
    requests,
    requestCount: () => total,
    close: async () => {
      server.closeAllConnections();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // With a state file, in-flight transitions settle and the state is saved first.
      await persistence?.close();
      scheduler.close();
      await closed;
    },
  };
}

function send(res: ServerResponse, answer: EmuResponse, head: boolean): void {
  const headers = { ...answer.headers };
  let payload: string | Buffer | undefined;
  if (answer.body === undefined) payload = undefined;
  else if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) payload = answer.body;
  else payload = JSON.stringify(answer.body);
  if (payload !== undefined && headers['content-length'] === undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(answer.status, headers);
  res.end(head ? undefined : payload);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
