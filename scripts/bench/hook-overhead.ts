/**
 * Hook overhead in Chromium: the same page issues N sequential same-origin requests with and without the
 * extension (two browsers, runs interleaved), timed in the page with performance.now() around the loop.
 *
 * Round trips (`measureHookOverhead`): N requests per variant in blocks, the two browsers alternating block by
 * block; the ratio is the median of the block ratios. Two servers, because the server's latency is the
 * denominator of the ratio:
 * - `loopback` (default): a real HTTPS server on 127.0.0.1 (Chromium maps adsmanager.facebook.com to it with
 *   --host-resolver-rules), answering at once over keep-alive connections: the fastest realistic request.
 * - `route`: Playwright's `context.route` fulfilling at once (what the e2e tests use); every request also makes a
 *   round trip to the Node process over CDP.
 * On a small VM either is several ms per request with ±10–20 % run-to-run noise, far above the hook's cost, so
 * `measureWrapperCost` also times the hook itself: the same calls with an already-aborted signal (fetch) or an
 * immediate abort() (XHR), so no request reaches the network and only the page-side work is left — the native
 * call plus, with the extension, the wrapper and its capture of the failure.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADS_MANAGER_HTML, ADS_MANAGER_URL, EXTENSION_PATH, chromiumArgs } from '../../testkit/simulated-ads-manager';

/** The build under test (bench.ts points it at a private copy so a concurrent `wxt build` cannot pull it away). */
let extensionDir = EXTENSION_PATH;
export function useExtension(dir: string): void {
  extensionDir = dir;
}
import { median } from './stats';

export type Kind = 'get' | 'post-other' | 'adset';
export type Transport = 'fetch' | 'xhr';
export type ServerKind = 'route' | 'loopback';

export interface OverheadFigure {
  server: ServerKind;
  transport: Transport;
  kind: Kind;
  n: number;
  /** Median ms for the whole loop. */
  withMs: number;
  withoutMs: number;
  /** Median over runs of (with / without), each pair measured back to back. */
  ratio: number;
  /** (with − without) / n, in µs per request, from the medians. */
  addedUs: number;
}

const FORM = 'name=Bench&optimization_goal=CONVERSATIONS&billing_event=IMPRESSIONS&destination_type=WHATSAPP&promoted_object=%7B%22page_id%22%3A%221%22%7D';

function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aai-bench-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=adsmanager.facebook.com'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function startLoopback(): Promise<Server> {
  const server = createServer(selfSignedCert(), (req, res) => {
    if (req.method === 'GET' && (req.headers['accept'] ?? '').includes('text/html')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(ADS_MANAGER_HTML);
      return;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"120235999999990001"}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function open(server: ServerKind, extension: string | null, port: number): Promise<{ context: BrowserContext; page: Page }> {
  const args = chromiumArgs(extension);
  if (server === 'loopback') args.push(`--host-resolver-rules=MAP adsmanager.facebook.com 127.0.0.1:${port}`, '--ignore-certificate-errors');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'aai-bench-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args,
  });
  if (extension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  if (server === 'route') {
    await context.route(/^https:\/\/adsmanager\.facebook\.com\//, (route) => {
      const req = route.request();
      if (req.resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html', body: ADS_MANAGER_HTML });
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"id":"120235999999990001"}' });
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(ADS_MANAGER_URL);
  return { context, page };
}

/** The request each kind of call makes (built here once; both page loops receive it). */
function requestFor(kind: Kind): { method: string; url: string; body: string | null; headers: { 'content-type': string } | undefined } {
  const post = kind !== 'get';
  // Same origin. `adset` matches the hook's URL test (…/adsets); `post-other` is a POST it must skip.
  const url = kind === 'adset' ? '/v22.0/act_1187654321098765/adsets' : kind === 'post-other' ? '/ajax/bz' : '/ajax/ping';
  return {
    method: post ? 'POST' : 'GET',
    url,
    body: post ? FORM : null,
    headers: post ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
  };
}

/** The loop, run in the page: sequential awaits, each response body read, timed with performance.now(). */
function loop(page: Page, transport: Transport, kind: Kind, n: number): Promise<number> {
  return page.evaluate(
    async ({ transport, n, req }) => {
      const { method, url, body, headers } = req;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        if (transport === 'fetch') {
          const res = await fetch(url, { method, body, headers });
          await res.text();
        } else {
          await new Promise<void>((resolve) => {
            const x = new XMLHttpRequest();
            x.open(method, url);
            if (headers) x.setRequestHeader('content-type', headers['content-type']);
            x.onloadend = () => resolve();
            x.send(body);
          });
        }
      }
      return performance.now() - t0;
    },
    { transport, n, req: requestFor(kind) },
  );
}

export interface OverheadOptions {
  servers: ServerKind[];
  /** Requests per variant and browser. */
  n: number;
  /** Blocks the n requests are split into (alternating browsers). */
  blocks: number;
  kinds: Kind[];
  log?: (line: string) => void;
}

async function withBrowsers<T>(server: ServerKind, fn: (withExt: Page, without: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const loopback = server === 'loopback' ? await startLoopback() : null;
  const port = loopback ? (loopback.address() as AddressInfo).port : 0;
  const withExt = await open(server, extensionDir, port);
  const without = await open(server, null, port);
  try {
    return await fn(withExt.page, without.page, withExt.context);
  } finally {
    await withExt.context.close();
    await without.context.close();
    loopback?.close();
  }
}

/** Proof the hook was really in the measured path: the extension stored the ad set POSTs it copied. */
async function assertCaptured(context: BrowserContext, what: string): Promise<void> {
  const sw = context.serviceWorkers()[0]!;
  const stored = await sw.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('captures:')).length);
  if (!stored) throw new Error(`${what}: the extension captured nothing; the measurement would be meaningless`);
}

async function compare(
  withExt: Page,
  without: Page,
  blocks: number,
  run: (page: Page) => Promise<number>,
): Promise<{ withMs: number; withoutMs: number; ratio: number }> {
  await run(withExt);
  await run(without);
  const w: number[] = [];
  const wo: number[] = [];
  for (let r = 0; r < blocks; r++) {
    const first = r % 2 === 0 ? withExt : without;
    const a = await run(first);
    const b = await run(first === withExt ? without : withExt);
    w.push(first === withExt ? a : b);
    wo.push(first === withExt ? b : a);
  }
  return { withMs: w.reduce((x, y) => x + y, 0), withoutMs: wo.reduce((x, y) => x + y, 0), ratio: median(w.map((x, i) => x / wo[i]!)) };
}

export async function measureHookOverhead(opts: OverheadOptions): Promise<OverheadFigure[]> {
  const figures: OverheadFigure[] = [];
  const per = Math.ceil(opts.n / opts.blocks);
  for (const server of opts.servers) {
    await withBrowsers(server, async (withExt, without, context) => {
      for (const transport of ['fetch', 'xhr'] as const) {
        for (const kind of opts.kinds) {
          const c = await compare(withExt, without, opts.blocks, (page) => loop(page, transport, kind, per));
          const n = per * opts.blocks;
          const f: OverheadFigure = { server, transport, kind, n, ...c, addedUs: ((c.withMs - c.withoutMs) / n) * 1000 };
          opts.log?.(`  hook ${server} ${transport} ${kind}: with ${f.withMs.toFixed(0)} ms, without ${f.withoutMs.toFixed(0)} ms, ratio ${f.ratio.toFixed(3)}, ${f.addedUs.toFixed(1)} µs/request`);
          figures.push(f);
        }
      }
      if (opts.kinds.includes('adset')) await assertCaptured(context, `hook ${server}`);
    });
  }
  return figures;
}

export interface WrapperFigure {
  transport: Transport;
  kind: Kind;
  n: number;
  /** Median µs per call (page-side work only: no request reaches the network). */
  withUs: number;
  withoutUs: number;
  addedUs: number;
}

/** n calls that never reach the network, then every settlement and the hook's capture work, timed in the page. */
function abortedLoop(page: Page, transport: Transport, kind: Kind, n: number): Promise<number> {
  return page.evaluate(
    async ({ transport, n, req }) => {
      const { method, url, body, headers } = req;
      const signal = AbortSignal.abort();
      const settled: Promise<unknown>[] = [];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        if (transport === 'fetch') {
          settled.push(fetch(url, { method, body, headers, signal }).catch(() => undefined));
        } else {
          // open + header + send + abort: send() starts a request in the network service, so XHR figures carry
          // that IPC's noise; abort() ends it before any byte is sent and fires loadend (the hook reports then).
          const x = new XMLHttpRequest();
          settled.push(new Promise((resolve) => (x.onloadend = resolve)));
          x.open(method, url);
          if (headers) x.setRequestHeader('content-type', headers['content-type']);
          x.send(body);
          x.abort();
        }
      }
      await Promise.all(settled);
      // The hook reports after the settlement (a microtask chain); a macrotask later it has dispatched.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - t0;
    },
    { transport, n, req: requestFor(kind) },
  );
}

export async function measureWrapperCost(opts: { n: number; runs: number; kinds: Kind[]; log?: (line: string) => void }): Promise<WrapperFigure[]> {
  const out: WrapperFigure[] = [];
  await withBrowsers('loopback', async (withExt, without, context) => {
    for (const transport of ['fetch', 'xhr'] as const) {
      for (const kind of opts.kinds) {
        const w: number[] = [];
        const wo: number[] = [];
        await abortedLoop(withExt, transport, kind, opts.n);
        await abortedLoop(without, transport, kind, opts.n);
        for (let r = 0; r < opts.runs; r++) {
          const pair = r % 2 === 0 ? [withExt, without] : [without, withExt];
          for (const page of pair) (page === withExt ? w : wo).push(await abortedLoop(page, transport, kind, opts.n));
        }
        const withUs = (median(w) / opts.n) * 1000;
        const withoutUs = (median(wo) / opts.n) * 1000;
        const f = { transport, kind, n: opts.n, withUs, withoutUs, addedUs: withUs - withoutUs };
        opts.log?.(`  wrapper ${transport} ${kind}: ${withUs.toFixed(1)} vs ${withoutUs.toFixed(1)} µs/call (${f.addedUs >= 0 ? '+' : ''}${f.addedUs.toFixed(1)})`);
        out.push(f);
      }
    }
    if (opts.kinds.includes('adset')) await assertCaptured(context, 'wrapper cost');
  });
  return out;
}
