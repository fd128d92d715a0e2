import type { AdsetOnWire } from '../../testkit/encode';
import { test as base, type BrowserContext, type Page, type Route } from '@playwright/test';
import { ADS_MANAGER_HTML, ADS_MANAGER_URL, cors, extensionId, launch, openPopup as openPopupFor, tabIdOf as tabIdFor } from '../../testkit/simulated-ads-manager';

export { ADS_MANAGER_URL, extensionId, launch } from '../../testkit/simulated-ads-manager';

export const openPopup = (context: BrowserContext, id: string, adsManager: Page) => openPopupFor(context, id, adsManager);
export const tabIdOf = (context: BrowserContext, _id: string, page: Page) => tabIdFor(context, page);

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
    const headers = cors(req.headers()['origin']);
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers });
    const r = uiResponse(route);
    return route.fulfill({
      status: r.status,
      contentType: 'application/json',
      headers,
      body: typeof r.body === 'string' ? r.body : JSON.stringify(r.body),
    });
  });
}

export async function openAdsManager(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(ADS_MANAGER_URL);
  return page;
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

/** A Click-to-WhatsApp ad set as Ads Manager puts it on the wire; `name` makes each one distinct. */
export function ctwaAdset(name: string): AdsetOnWire {
  return {
    adAccountId: '1187654321098765',
    apiVersion: 'v22.0',
    fields: {
      name,
      optimization_goal: 'CONVERSATIONS',
      billing_event: 'IMPRESSIONS',
      destination_type: 'WHATSAPP',
      promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '77006353580' },
    },
  };
}
