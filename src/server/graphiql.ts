import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/**
 * GraphiQL served entirely by Hanul: yoga's default page loads its script, styles and editor
 * workers from a public CDN, which leaves it blank on a private network and breaks under a
 * strict Content-Security-Policy. This page takes the same prebuilt bundle from the installed
 * `@graphql-yoga/graphiql` package and serves it from `/graphiql/`, with a CSP that allows
 * Hanul's own origin only.
 */
const GRAPHIQL_ASSETS_PATH = '/graphiql/';

const DEMO_QUERY = `# Welcome to Hanul: one graph over NHN Cloud and KakaoCloud.
# Try this, then explore with the docs on the left.
query Dashboard {
  viewer { provider tenantId tokenExpiresAt }
  regions {
    id
    provider
    name
    displayName
    servers(first: 5) {
      totalCount
      edges { node { id name status flavor { name vcpus ramMb } image { name } } }
    }
  }
}
`;

/** Headers a user must fill in when the server holds no cloud credentials of its own. */
const BEARER_HEADERS = JSON.stringify(
  { authorization: 'Bearer <token from the issueToken mutation>', 'x-hanul-tenant': '<tenant id or KakaoCloud project id>', 'x-hanul-provider': 'NHN' },
  null,
  2,
);

/** A sky with a sun, 하늘: the favicon and the logo in GraphiQL's corner. */
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="7" fill="#2f80ed"/>' +
  '<circle cx="21" cy="11" r="5" fill="#ffd54f"/><path d="M7 24a5 5 0 0 1 4.6-5 6.5 6.5 0 0 1 12.4 1.2A3.9 3.9 0 0 1 25 24z" fill="#fff"/></svg>';

/** Runs before the bundle (Monaco reads its environment when it loads) and renders after it. */
const BOOT_SCRIPT = `'use strict';
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    return ${JSON.stringify(GRAPHIQL_ASSETS_PATH)} + (label === 'json' ? 'json.worker.js' : label === 'graphql' ? 'graphql.worker.js' : 'editor.worker.js');
  },
};
document.addEventListener('DOMContentLoaded', function () {
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  // The bundle prefers options.query to ?query= (a shared link, and where it keeps the edited operation).
  var shared = new URLSearchParams(location.search).get('query');
  if (shared) options.query = shared;
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
});
`;

/** `query` is read by the bundle though yoga's type omits it. */
export type HanulGraphiQLOptions = GraphiQLOptions & { query?: string };

/** The options yoga hands to `renderGraphiQL`. */
export function graphiqlOptions(config: Config): HanulGraphiQLOptions {
  const serverHeld = Boolean(config.nhn.credentials || config.kakao.credentials);
  return {
    title: 'Hanul',
    logo: LOGO,
    favicon: `${GRAPHIQL_ASSETS_PATH}favicon.svg`,
    // The bundle starts from `query` (see BOOT_SCRIPT for ?query=); `defaultQuery` alone is ignored.
    query: DEMO_QUERY,
    defaultQuery: DEMO_QUERY,
    // Demo mode and server-held credentials need no header; otherwise show which ones to send.
    ...(serverHeld ? {} : { headers: BEARER_HEADERS }),
    // Headers carry bearer tokens: keep them out of the browser's localStorage.
    shouldPersistHeaders: false,
    subscriptionsProtocol: 'WS',
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: every URL in it is on Hanul's origin; options travel as inert JSON (no inline script). */
export function renderGraphiQL(options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? 'Hanul');
  // `<` escaped so nothing in the options can close the script element.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" type="image/svg+xml" href="${escapeHtml(options.favicon ?? `${GRAPHIQL_ASSETS_PATH}favicon.svg`)}">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run GraphiQL.</noscript>
<div id="root">Loading ${title}…</div>
<script type="application/json" id="graphiql-options">${json}</script>
<script src="${GRAPHIQL_ASSETS_PATH}boot.js"></script>
<script src="${GRAPHIQL_ASSETS_PATH}yoga-graphiql.js"></script>
</body>
</html>
`;
}

/**
 * Only Hanul's origin: scripts, styles, workers, fonts and images from 'self' (the bundle's
 * fonts and icons are data: URLs); fetches and graphql-ws to the same host. Monaco and
 * React set inline styles, hence 'unsafe-inline' for styles only, never for scripts.
 */
function contentSecurityPolicy(host: string | null): string {
  // The Host header is echoed into a header value: accept a plain host[:port] only.
  const sameHostSockets = host && /^[A-Za-z0-9.[\]:-]+$/.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self'",
    `connect-src 'self'${sameHostSockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

interface Asset {
  type: string;
  load: () => Promise<Buffer>;
}

const require = createRequire(import.meta.url);
const bundleDir = () => join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
const fromBundle = (file: string, type: string): Asset => ({ type, load: () => readFile(join(bundleDir(), file)) });
const JS = 'text/javascript; charset=utf-8';

const ASSETS: Record<string, Asset> = {
  'yoga-graphiql.js': fromBundle('yoga-graphiql.umd.js', JS),
  'graphiql.css': fromBundle('graphiql.css', 'text/css; charset=utf-8'),
  'editor.worker.js': fromBundle('monacoeditorwork/editor.worker.bundle.js', JS),
  'json.worker.js': fromBundle('monacoeditorwork/json.worker.bundle.js', JS),
  // The package ships this file with two dots in its name.
  'graphql.worker.js': fromBundle('monacoeditorwork/graphql.worker..bundle.js', JS),
  'boot.js': { type: JS, load: async () => Buffer.from(BOOT_SCRIPT) },
  'favicon.svg': { type: 'image/svg+xml', load: async () => Buffer.from(LOGO) },
};

interface Loaded {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * Serves the GraphiQL assets from memory (read and gzipped once, on first request; the bundle
 * is 5 MB, 1.4 MB gzipped), revalidated by ETag, and puts the CSP on the GraphiQL page.
 */
export function useGraphiQLAssets(graphqlPath: string): Plugin {
  const loaded = new Map<string, Promise<Loaded>>();
  const load = (name: string, asset: Asset) => {
    let entry = loaded.get(name);
    if (!entry) {
      entry = asset.load().then(async (body) => ({
        body,
        gzipped: await promisify(gzip)(body),
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      }));
      entry.catch(() => loaded.delete(name));
      loaded.set(name, entry);
    }
    return entry;
  };
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return;
      const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
      const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      const csp = contentSecurityPolicy(request.headers.get('host'));
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain', 'content-security-policy': csp } }));
        return;
      }
      const { body, gzipped, etag } = await load(name, asset);
      const headers: Record<string, string> = {
        'content-type': asset.type,
        'cache-control': 'no-cache',
        etag,
        vary: 'accept-encoding',
        'x-content-type-options': 'nosniff',
        'content-security-policy': csp,
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const useGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      if (useGzip) headers['content-encoding'] = 'gzip';
      const payload = useGzip ? gzipped : body;
      headers['content-length'] = String(payload.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(payload), { status: 200, headers }));
    },
    onResponse({ request, response }) {
      // The page itself is rendered by yoga's GraphiQL plugin on GET <graphqlPath>.
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      if (new URL(request.url).pathname.replace(/\/$/, '') !== graphqlPath) return;
      response.headers.set('content-security-policy', contentSecurityPolicy(request.headers.get('host')));
      response.headers.set('x-content-type-options', 'nosniff');
    },
  };
}
