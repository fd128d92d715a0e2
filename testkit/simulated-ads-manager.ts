/**
 * A simulated Ads Manager + Graph API world in a real Chromium with the built extension: used by the e2e tests,
 * the demo and the benchmark. Everything Meta-hosted is answered by `context.route` — the page's own requests,
 * the popup's and the service worker's — from a scenario file; nothing reaches the network.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSimulatedGraph, type SimulatedGraph } from './graph-sim';
import { shellQuote } from '../lib/request';
import type { Scenario } from '../lib/scenario';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export const CHROMIUM = '/usr/bin/chromium';
export const ADS_MANAGER_URL = 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1187654321098765';

/** Chromium flags that work on these machines: no sandbox (root), no background networking (closed network). */
export function chromiumArgs(extension: string | null): string[] {
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  return extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...args] : args;
}

export interface LaunchOptions {
  extension?: boolean;
  /** Browser UI language, e.g. `ru` (decides the extension's language). */
  lang?: string;
  headless?: boolean;
  downloadsPath?: string;
  /** A built extension other than .output/chrome-mv3 (the benchmark measures a private copy of the build). */
  extensionPath?: string;
}

export async function launch(opts: LaunchOptions = {}): Promise<BrowserContext> {
  const withExtension = opts.extension ?? true;
  const extension = opts.extensionPath ?? EXTENSION_PATH;
  if (withExtension && !existsSync(path.join(extension, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  // Playwright cannot download browsers here: Debian's chromium is the one we drive.
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or run bash .ci/run once.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'aai-profile-'));
  const lang = opts.lang ?? 'en-US';
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: lang,
    acceptDownloads: true,
    downloadsPath: opts.downloadsPath,
    viewport: { width: 900, height: 900 },
    args: [...chromiumArgs(withExtension ? extension : null), `--lang=${lang}`],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  // Each launch gets a fresh profile; remove it with the browser so test runs leave nothing behind.
  // Chromium may still be writing into it as it exits: retry, and never fail a run over a leftover folder.
  context.on('close', () => void rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined));
  if (withExtension) await firstRunGuide(context);
  return context;
}

/**
 * A fresh install opens the first-run guide in a new, active tab (entrypoints/background). Wait until it is there,
 * so it cannot open — and take focus from the Ads Manager tab — in the middle of a test or a measurement.
 * An extension that failed to load never opens it: give up after a while and let the caller's own checks say why.
 */
async function firstRunGuide(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!context.pages().some((p) => p.url().endsWith('/welcome.html')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

export const ADS_MANAGER_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Ads Manager</title></head>
<body><h1>Ads Manager (simulated)</h1><div id="log"></div></body></html>`;

/** CORS answers as Meta gives them to the Ads Manager page (credentials included). */
export function cors(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'content-type, authorization',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
  };
}

/** Every request that reached graph.facebook.com, with the headers and body as sent (for secret checks). */
export interface GraphHit {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  from: string;
}

/**
 * Route the world: the Ads Manager page, the UI's own Graph calls (answered with the scenario's recorded UI
 * responses, in order), and graph.facebook.com (the simulated Graph API for the user's token).
 */
export async function routeScenario(context: BrowserContext, scenario: Scenario): Promise<{ graph: SimulatedGraph; hits: GraphHit[] }> {
  const graph = createSimulatedGraph(scenario);
  const hits: GraphHit[] = [];
  let uiIndex = 0;
  await context.route(/^https:\/\/(adsmanager|business)\.facebook\.com\//, async (route) => {
    const req = route.request();
    if (req.method() === 'GET' && req.resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html', body: ADS_MANAGER_HTML });
    const recorded = scenario.ui[Math.min(uiIndex++, scenario.ui.length - 1)]?.response;
    return route.fulfill({ status: recorded?.status ?? 200, contentType: 'application/json', body: JSON.stringify(recorded?.body ?? {}) });
  });
  await context.route(/^https:\/\/adsmanager-graph\.facebook\.com\//, async (route) => {
    const req = route.request();
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors(req.headers()['origin']) });
    const recorded = scenario.ui[Math.min(uiIndex++, scenario.ui.length - 1)]?.response;
    const body = recorded?.body ?? {};
    return route.fulfill({ status: recorded?.status ?? 200, headers: cors(req.headers()['origin']), contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) });
  });
  await context.route(/^https:\/\/graph\.facebook\.com\//, async (route) => {
    const req = route.request();
    const headers = await req.allHeaders();
    hits.push({ url: req.url(), method: req.method(), headers, body: req.postData(), from: req.serviceWorker() ? 'service-worker' : req.frame().url() });
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors(headers['origin']) });
    try {
      const res = await graph.handle({ method: req.method(), url: req.url(), headers, body: req.postData() });
      return route.fulfill({ status: res.status, headers: { ...res.headers, ...cors(headers['origin']) }, body: res.body });
    } catch {
      return route.abort('failed');
    }
  });
  return { graph, hits };
}

/** Replay the scenario's UI requests from the Ads Manager page, as its own code would send them (fetch). */
export async function replayUi(page: Page, scenario: Scenario, transport: 'fetch' | 'xhr' = 'fetch'): Promise<void> {
  for (const ui of scenario.ui) {
    await page.evaluate(
      async ({ ui, transport }) => {
        if (transport === 'fetch') {
          const res = await fetch(ui.url, { method: ui.method, headers: ui.headers ?? {}, body: ui.body ?? null, credentials: 'include' });
          await res.text();
          return;
        }
        await new Promise<void>((resolve) => {
          const x = new XMLHttpRequest();
          x.open(ui.method, ui.url);
          for (const [k, v] of Object.entries(ui.headers ?? {})) x.setRequestHeader(k, v);
          x.onloadend = () => resolve();
          x.send(ui.body ?? null);
        });
      },
      { ui: { method: ui.method, url: ui.url, headers: ui.headers, body: ui.body }, transport },
    );
  }
}

/** The user's API request as they would paste it into the popup. */
export function apiText(scenario: Scenario): string {
  const api = scenario.api;
  if (api.curl) return api.curl;
  if (api.json) return JSON.stringify(api.json, null, 2);
  if (api.form) return `curl -X POST ${shellQuote(api.form.url ?? 'https://graph.facebook.com/v20.0/act_0/adsets')} -d ${shellQuote(api.form.body)}`;
  if (api.text) return api.text;
  return '';
}

/**
 * The Chrome tab id of a page. The extension has no `tabs` permission, so tab URLs are hidden from it too: bring
 * the page to the front and ask the service worker for the active tab.
 */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = context.serviceWorkers()[0]!;
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

/** The popup as a page bound to the Ads Manager tab (`popup.html?tabId=`). */
export async function openPopup(context: BrowserContext, id: string, adsManager: Page): Promise<Page> {
  const tabId = await tabIdOf(context, adsManager);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 640, height: 1400 });
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Paste, fill the token, press the button, wait for the top finding. */
export async function explainInPopup(popup: Page, scenario: Scenario, opts: { text?: string; token?: string } = {}): Promise<void> {
  await popup.getByTestId('api-request-input').fill(opts.text ?? apiText(scenario));
  await popup.getByTestId('token-input').fill(opts.token ?? scenario.token ?? '');
  await popup.getByTestId('explain-button').click();
  try {
    await popup.getByTestId('finding').first().waitFor({ timeout: 30_000 });
  } catch (e) {
    // Say what the popup showed instead of a finding (a problem, a run error, a run still in progress), and what
    // storage.session held for the tab's run: a rare CI failure ended here with nothing else to go on.
    const shown = await popup
      .evaluate(() => {
        const textOf = (id: string) => document.querySelector(`[data-testid=${id}]`)?.textContent ?? null;
        const tabId = new URLSearchParams(location.search).get('tabId');
        return chrome.storage.session.get(`run:${tabId}`).then((stored) => ({
          problem: textOf('problem'),
          runError: textOf('run-error'),
          progress: textOf('run-progress'),
          explainEnabled: !(document.querySelector('[data-testid=explain-button]') as HTMLButtonElement | null)?.disabled,
          storedRun: JSON.stringify(stored[`run:${tabId}`] ?? null, (k, v) => (k === 'explanation' ? '[explanation]' : v)).slice(0, 400),
        }));
      })
      .catch((err: unknown) => ({ unreadable: String(err) }));
    throw new Error(`no finding within 30 s; the popup showed ${JSON.stringify(shown)}`, { cause: e });
  }
}

/**
 * A scenario's world ready to use: Meta hosts routed, the Ads Manager page open with the scenario's UI requests
 * already made (unless `replay: false`), and the popup open on that tab.
 */
export async function openWorld(
  context: BrowserContext,
  id: string,
  scenario: Scenario,
  opts: { replay?: boolean } = {},
): Promise<{ ads: Page; popup: Page; hits: GraphHit[]; graph: SimulatedGraph }> {
  const { hits, graph } = await routeScenario(context, scenario);
  const ads = await context.newPage();
  await ads.goto(ADS_MANAGER_URL);
  if (opts.replay ?? true) await replayUi(ads, scenario);
  const popup = await openPopup(context, id, ads);
  return { ads, popup, hits, graph };
}
