/**
 * The "direct REST" contender of the gateway-overhead section: what a client of the seed
 * REST proxy does to show a server with its flavor and image names (token reused; GET the
 * server, then its flavor and image), composed in a small Node HTTP handler so autocannon
 * drives it exactly as it drives Hanul. It calls the emulator through the same undici
 * agent Hanul uses (`createUpstream`, same keep-alive pool, timeouts and interceptors).
 *
 *   GET /servers/{id}     one server: GET server → GET flavor ‖ GET image
 *   GET /servers?limit=N  N servers: GET servers/detail → GET flavors/detail ‖ GET images?id=in:…
 *
 * Runs as its own process (bench/processes.ts); reads PORT and EMULATOR_URL.
 */
import { createServer, type ServerResponse } from 'node:http';
import { createUpstream } from '../src/cloud/http.js';
import { loadConfig } from '../src/config.js';
import { createMetrics } from '../src/metrics.js';
import { NhnRest } from './rest.js';

interface NovaServer {
  id: string;
  name: string;
  status: string;
  flavor?: { id?: string };
  image?: { id?: string } | string;
}
interface NovaFlavor {
  id: string;
  name: string;
}
interface GlanceImage {
  id: string;
  name: string | null;
}

const imageIdOf = (s: NovaServer) => (typeof s.image === 'object' ? s.image.id : undefined);

const upstream = createUpstream(loadConfig({}).upstream, createMetrics());
const nhn = await new NhnRest(process.env.EMULATOR_URL!, upstream.agent).login();

async function oneServer(id: string) {
  const { server } = await nhn.get<{ server: NovaServer }>('compute', `/servers/${encodeURIComponent(id)}`);
  const imageId = imageIdOf(server);
  const [flavor, image] = await Promise.all([
    server.flavor?.id ? nhn.get<{ flavor: NovaFlavor }>('compute', `/flavors/${encodeURIComponent(server.flavor.id)}`) : undefined,
    imageId ? nhn.get<GlanceImage>('image', `/v2/images/${encodeURIComponent(imageId)}`) : undefined,
  ]);
  return { id: server.id, name: server.name, status: server.status, flavor: flavor && { name: flavor.flavor.name }, image: image && { name: image.name } };
}

async function servers(limit: number) {
  const list = await nhn.get<{ servers: NovaServer[] }>('compute', `/servers/detail?limit=${limit}`);
  const imageIds = [...new Set(list.servers.map(imageIdOf).filter((id): id is string => Boolean(id)))];
  const [flavors, images] = await Promise.all([
    nhn.get<{ flavors: NovaFlavor[] }>('compute', '/flavors/detail'),
    imageIds.length ? nhn.get<{ images: GlanceImage[] }>('image', `/v2/images?limit=1000&id=in:${imageIds.map(encodeURIComponent).join(',')}`) : { images: [] },
  ]);
  const flavorName = new Map(flavors.flavors.map((f) => [f.id, f.name]));
  const imageName = new Map(images.images.map((i) => [i.id, i.name]));
  return list.servers.map((s) => {
    const imageId = imageIdOf(s);
    return {
      id: s.id,
      name: s.name,
      status: s.status,
      flavor: s.flavor?.id ? { name: flavorName.get(s.flavor.id) ?? null } : null,
      image: imageId ? { name: imageName.get(imageId) ?? null } : null,
    };
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const one = /^\/servers\/([^/]+)$/.exec(url.pathname);
  let answer: Promise<unknown>;
  if (url.pathname === '/health') answer = Promise.resolve({ status: 'ok' });
  else if (one) answer = oneServer(decodeURIComponent(one[1]!)).then((server) => ({ server }));
  else if (url.pathname === '/servers') answer = servers(Number(url.searchParams.get('limit') ?? 100)).then((list) => ({ servers: list }));
  else return reply(res, 404, { error: `no route ${url.pathname}` });
  answer.then(
    (body) => reply(res, 200, body),
    (err: unknown) => reply(res, 502, { error: String(err) }),
  );
}).listen(Number(process.env.PORT), '127.0.0.1');
