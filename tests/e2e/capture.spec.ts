import { encodeAs, type AdsetOnWire, type UiSession, type WireRequest } from '../../testkit/encode';
import type { SubmissionEncoding } from '../../lib/model';
import { expect, openAdsManager, openPopup, routeAdsManager, tabIdOf, test } from './fixtures';

// Unique secrets: after the flow, none of them may be anywhere in the extension's storage.
const SESSION: UiSession = {
  accessToken: 'EAABsbCS1iHgBAUniqueUiTokenE2eCapture7ZDZD',
  userId: '100012345678901',
  fbDtsg: 'NAcUniqueDtsgForE2eCapture:12:1732450000',
  lsd: 'UniqueLsdE2eCapture',
};

type BodyKind = 'string' | 'URLSearchParams' | 'FormData' | 'Blob' | 'ArrayBuffer' | 'Request';
interface Case {
  encoding: SubmissionEncoding;
  transport: 'fetch' | 'xhr';
  bodyKind: BodyKind;
}

const CASES: Case[] = [
  ...(['form', 'json', 'batch', 'draft_fragment', 'graphql'] as const).flatMap((encoding) =>
    (['fetch', 'xhr'] as const).map((transport) => ({ encoding, transport, bodyKind: 'string' as BodyKind })),
  ),
  ...(['URLSearchParams', 'FormData', 'Blob', 'ArrayBuffer', 'Request'] as const).map((bodyKind) => ({
    encoding: 'form' as const,
    transport: 'fetch' as const,
    bodyKind,
  })),
  ...(['URLSearchParams', 'FormData', 'Blob'] as const).map((bodyKind) => ({ encoding: 'form' as const, transport: 'xhr' as const, bodyKind })),
  { encoding: 'json', transport: 'fetch', bodyKind: 'Request' },
];

function adset(i: number): AdsetOnWire {
  return {
    adAccountId: '1187654321098765',
    apiVersion: 'v22.0',
    fields: {
      name: `Ad set ${i}`,
      campaign_id: '120234472620180097',
      daily_budget: 1000,
      billing_event: 'IMPRESSIONS',
      optimization_goal: 'CONVERSATIONS',
      destination_type: 'WHATSAPP',
      promoted_object: {
        page_id: `7341166497813${String(i).padStart(2, '0')}`,
        whatsapp_phone_number: `7700635${String(3500 + i)}`,
        whats_app_business_phone_number_id: `5012345678901${String(i).padStart(2, '0')}`,
      },
      targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18, age_max: 65 },
      status: 'ACTIVE',
    },
  };
}

function wire(c: Case, i: number): WireRequest {
  return encodeAs(c.encoding, adset(i), { session: SESSION, draftId: '23850000000000001', parentId: '120234472620180097' });
}

/** Submit one request from the page, the way the page's own code would. */
async function submit(page: import('@playwright/test').Page, c: Case, w: WireRequest) {
  await page.evaluate(
    async ({ c, w }) => {
      const params = () => new URLSearchParams(w.body);
      const body = (): BodyInit => {
        switch (c.bodyKind) {
          case 'URLSearchParams':
            return params();
          case 'FormData': {
            const fd = new FormData();
            params().forEach((v, k) => fd.append(k, v));
            return fd;
          }
          case 'Blob':
            return new Blob([w.body], { type: w.headers['content-type'] });
          case 'ArrayBuffer':
            return new TextEncoder().encode(w.body);
          default:
            return w.body;
        }
      };
      const plainHeaders = c.bodyKind === 'string' || c.bodyKind === 'Request' ? w.headers : {};
      if (c.transport === 'fetch') {
        const res =
          c.bodyKind === 'Request'
            ? await fetch(new Request(w.url, { method: 'POST', body: w.body, headers: w.headers, credentials: 'include' }))
            : await fetch(w.url, { method: 'POST', body: body(), headers: plainHeaders, credentials: 'include' });
        await res.text();
      } else {
        await new Promise<void>((resolve) => {
          const x = new XMLHttpRequest();
          x.open('POST', w.url);
          for (const [k, v] of Object.entries(plainHeaders)) x.setRequestHeader(k, v);
          x.onloadend = () => resolve();
          x.send(body() as XMLHttpRequestBodyInit);
        });
      }
    },
    { c, w },
  );
}

test('every encoding, transport and body type is captured and listed with its Page and number; no secret is stored', async ({
  context,
  extensionId,
}) => {
  await routeAdsManager(context);
  const page = await openAdsManager(context);
  for (const [i, c] of CASES.entries()) await submit(page, c, wire(c, i));

  const popup = await openPopup(context, extensionId, page);
  const items = popup.getByTestId('capture-item').and(popup.locator('[data-kind="submission"]'));
  await expect(items).toHaveCount(CASES.length);
  for (const [i] of CASES.entries()) {
    const a = adset(i).fields.promoted_object as Record<string, string>;
    const item = items.filter({ has: popup.locator(`[data-field="page_id"]`, { hasText: a.page_id }) });
    await expect(item, `case ${i} ${JSON.stringify(CASES[i])}`).toHaveCount(1);
    await expect(item.locator('[data-field="whatsapp_phone_number"]')).toHaveText(a.whatsapp_phone_number!);
    await expect(item.locator('[data-field="whats_app_business_phone_number_id"]')).toHaveText(a.whats_app_business_phone_number_id!);
  }

  // Badge: the number of ad set submissions captured in that tab.
  const sw = context.serviceWorkers()[0]!;
  const tabId = await tabIdOf(context, extensionId, page);
  expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(CASES.length));

  // Nothing secret anywhere in extension storage.
  const dump = await sw.evaluate(async () =>
    JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
  );
  expect(dump.length).toBeGreaterThan(1000);
  for (const secret of [SESSION.accessToken!, SESSION.fbDtsg!, SESSION.lsd!, encodeURIComponent(SESSION.fbDtsg!)]) {
    expect(dump).not.toContain(secret);
  }
});
