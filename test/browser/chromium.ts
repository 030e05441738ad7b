import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * Debian's Chromium driven by playwright-core (no browser download: `.ci/run` installs the
 * `chromium` package). `CHROMIUM_PATH` points at another build.
 */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}): apt-get install -y chromium, or set CHROMIUM_PATH`);
  return found;
}

/** One headless Chromium for a test file, closed after it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

/** Every request a page made (its workers' too), and every WebSocket it opened. */
export interface Traffic {
  requests: string[];
  sockets: string[];
  /** Requests to any other origin than the allowed one: refused before they leave, and listed here. */
  refused: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
  pageErrors: string[];
  /** Text of every frame the page sent on its WebSockets. */
  framesSent: string[];
}

/**
 * A fresh context whose every request is recorded and, unless it goes to `origin`, refused:
 * a page that reaches for a CDN shows up in `refused` (and breaks, as it would offline).
 */
export async function recordedPage(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page; traffic: Traffic }> {
  const traffic: Traffic = { requests: [], sockets: [], refused: [], cspViolations: [], pageErrors: [], framesSent: [] };
  const context = await browser.newContext({ viewport: { width: 1400, height: 1600 } });
  // Generous for a loaded CI machine (parsing the 5 MB bundle); every wait is for an event.
  context.setDefaultTimeout(90_000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    traffic.requests.push(url);
    if (new URL(url).origin === origin) return route.continue();
    traffic.refused.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    // data: and blob: URLs never leave the page; anything else must have gone through the route.
    if (!/^(data|blob):/.test(request.url()) && !traffic.requests.includes(request.url())) traffic.requests.push(request.url());
  });
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => void traffic.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => traffic.pageErrors.push(err.message));
  page.on('websocket', (ws) => {
    traffic.sockets.push(ws.url());
    ws.on('framesent', (frame) => void traffic.framesSent.push(String(frame.payload)));
  });
  return { context, page, traffic };
}

/** The visible text of an element, with Monaco's non-breaking spaces made plain. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/\u00a0/g, ' ');
}

/** Waits until the element's text contains every one of `parts`. */
export async function waitForText(page: Page, selector: string, parts: string[], timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    ({ selector, parts }) => {
      const text = (document.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
      return parts.every((p) => text.includes(p));
    },
    { selector, parts },
    { timeout },
  );
}
