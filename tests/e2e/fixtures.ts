import { chromium, test as base, type BrowserContext, type Page, type Route } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export const ADS_MANAGER_URL = 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1187654321098765';

/** Chromium flags that work on these machines (DEVELOPERS.md): no sandbox, no background networking. */
export function chromiumArgs(extension: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  return extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...args] : args;
}

export async function launch(opts: { extension?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const withExtension = opts.extension ?? true;
  if (withExtension && !existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error('Build the extension first: npm run build');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'aai-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: opts.locale ?? 'en-US',
    args: [...chromiumArgs(withExtension ? EXTENSION_PATH : null), ...(opts.locale ? [`--lang=${opts.locale}`] : [])],
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

/** A minimal Ads Manager look-alike: the content scripts are injected because the URL matches. */
export const ADS_MANAGER_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Ads Manager</title></head>
<body><h1>Ads Manager (simulated)</h1><div id="log"></div></body></html>`;

export interface UiResponse {
  status: number;
  body: unknown;
}

/**
 * Route every Meta host the test touches: the Ads Manager page itself, and the hosts its UI posts to.
 * `uiResponse` answers UI POSTs (default: a created ad set id); nothing ever reaches the real network.
 */
export async function routeAdsManager(
  context: BrowserContext,
  uiResponse: (route: Route) => UiResponse = () => ({ status: 200, body: { id: '120235999999990001' } }),
): Promise<void> {
  await context.route(/^https:\/\/(adsmanager|business)\.facebook\.com\//, async (route) => {
    const req = route.request();
    if (req.method() === 'GET' && req.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html', body: ADS_MANAGER_HTML });
    }
    const r = uiResponse(route);
    return route.fulfill({ status: r.status, contentType: 'application/json', body: JSON.stringify(r.body) });
  });
  await context.route(/^https:\/\/(adsmanager-graph|graph)\.facebook\.com\//, async (route) => {
    const req = route.request();
    // Cross-origin from the Ads Manager page, with credentials: answer CORS as Meta does.
    const cors = {
      'access-control-allow-origin': req.headers()['origin'] ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'content-type, authorization',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    };
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const r = uiResponse(route);
    return route.fulfill({
      status: r.status,
      contentType: 'application/json',
      headers: cors,
      body: typeof r.body === 'string' ? r.body : JSON.stringify(r.body),
    });
  });
}

export async function openAdsManager(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(ADS_MANAGER_URL);
  return page;
}

/** The popup as a page, bound to the Ads Manager tab (a popup opened as a page is its own active tab). */
export async function openPopup(context: BrowserContext, id: string, adsManager: Page): Promise<Page> {
  const tabId = await tabIdOf(context, id, adsManager);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * The Chrome tab id of a page. The extension has no `tabs` permission, so tab URLs are hidden from it too: bring
 * the page to the front and ask the service worker for the active tab.
 */
export async function tabIdOf(context: BrowserContext, _id: string, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = context.serviceWorkers()[0]!;
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launch();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
});
export const expect = test.expect;
