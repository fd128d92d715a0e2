/**
 * Figures measured in the real extension: diagnosis round trips and click-to-finding time with a simulated Graph
 * latency, and popup open-to-interactive with 50 stored captures. Timings are taken inside the page with
 * performance.now() (MutationObserver), so Playwright's own latency is not in them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { decodeCapture, encodeAs, toHookRequest } from '../../lib/capture';
import type { Capture, SubmissionEncoding } from '../../lib/model';
import type { Scenario } from '../../lib/scenario';
import { ADS_MANAGER_URL, apiText, extensionId, launch, openPopup, replayUi, routeScenario } from '../simulated-ads-manager';

export interface DiagnosisFigures {
  latencyMs: number;
  /** HTTP requests to graph.facebook.com per explanation (OPTIONS preflights excluded), per run. */
  roundTrips: number[];
  /** Click on "Explain" → first finding in the DOM, per run. */
  clickToFindingMs: number[];
}

export async function measureDiagnosis(scenario: Scenario, runs: number, latencyMs: number, extensionPath?: string): Promise<DiagnosisFigures> {
  const slow: Scenario = { ...scenario, graph: { ...scenario.graph, latency_ms: latencyMs } };
  const context = await launch({ extensionPath });
  try {
    const id = await extensionId(context);
    const { hits } = await routeScenario(context, slow);
    const out: DiagnosisFigures = { latencyMs, roundTrips: [], clickToFindingMs: [] };
    for (let r = 0; r < runs; r++) {
      // A fresh Ads Manager tab each run: no explanation stored for it yet.
      const ads = await context.newPage();
      await ads.goto(ADS_MANAGER_URL);
      await replayUi(ads, slow);
      const popup = await openPopup(context, id, ads);
      await popup.getByTestId('capture-item').first().waitFor();
      await popup.getByTestId('api-request-input').fill(apiText(slow));
      await popup.getByTestId('token-input').fill(slow.token ?? '');
      const before = hits.length;
      const ms = (await popup.evaluate(CLICK_TO_FINDING)) as number;
      // Let any straggler request land before counting.
      await popup.waitForTimeout(250);
      const trips = hits.slice(before).filter((h) => h.method !== 'OPTIONS' && h.url.startsWith('https://graph.facebook.com/')).length;
      out.roundTrips.push(trips);
      out.clickToFindingMs.push(ms);
      await popup.close();
      await ads.close();
    }
    return out;
  } finally {
    await context.close();
  }
}

const ENCODINGS: SubmissionEncoding[] = ['form', 'json', 'batch', 'draft_fragment', 'graphql'];

/** `count` realistic captures (every encoding the decoder knows), decoded as the background decodes them. */
export function sampleCaptures(count: number): Capture[] {
  const out: Capture[] = [];
  const now = Date.now();
  for (let i = 0; out.length < count; i++) {
    const wire = encodeAs(ENCODINGS[i % ENCODINGS.length]!, {
      adAccountId: '1187654321098765',
      fields: {
        name: `Ad set ${i}`,
        campaign_id: '120235000000000001',
        optimization_goal: 'CONVERSATIONS',
        billing_event: 'IMPRESSIONS',
        destination_type: 'WHATSAPP',
        daily_budget: 1000 + i,
        promoted_object: { page_id: '108765432109876', whatsapp_phone_number: '+77006353580', whats_app_business_phone_number_id: '301234567890123' },
        targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18 },
      },
    });
    const hook = toHookRequest(wire, { response: { status: 400, body: { error: { message: 'x', code: 100, error_subcode: 2446885, fbtrace_id: `A${i}` } } }, startedAt: now - i * 1000 });
    out.push(...decodeCapture(hook, { id: `bench-${i}`, now: now - i * 1000 }));
  }
  return out.slice(0, count);
}

export interface PopupFigures {
  captures: number;
  /** Navigation start → 50 capture items rendered and the Explain button enabled, per run. */
  renderedMs: number[];
  /** …and the first task after that render ran (the main thread is free for input), per run. */
  interactiveMs: number[];
  /** The first open in a fresh browser (code not yet cached), interactive. */
  coldInteractiveMs: number;
}

// Browser-side code as strings: tsx (esbuild keepNames) wraps named functions in a `__name` helper that does not
// exist in the page.

/** Click "Explain" and resolve with the ms until a finding element that was not there before is in the DOM. */
const CLICK_TO_FINDING = `new Promise((resolve, reject) => {
  const button = document.querySelector('[data-testid=explain-button]');
  if (!button) return reject(new Error('no explain button'));
  const old = new Set(document.querySelectorAll('[data-testid=finding]'));
  let t0 = 0;
  const obs = new MutationObserver(() => {
    for (const el of document.querySelectorAll('[data-testid=finding]')) {
      if (!old.has(el)) { obs.disconnect(); resolve(performance.now() - t0); return; }
    }
  });
  obs.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => reject(new Error('no finding within 30 s')), 30000);
  t0 = performance.now();
  button.click();
})`;

/** Init script for the popup: performance.now() (ms since navigation start) when `expected` captures are rendered and
 * Explain is enabled, and when the next task runs after that (the main thread is free for the user's input). */
const readyProbe = (expected: number) => `(() => {
  const obs = new MutationObserver(() => {
    const items = document.querySelectorAll('[data-testid=capture-item]').length;
    const button = document.querySelector('[data-testid=explain-button]');
    if (items < ${expected} || !button || button.disabled) return;
    obs.disconnect();
    const rendered = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__aaiPopup = { rendered, interactive: performance.now() }; };
    channel.port2.postMessage(null);
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export async function measurePopupOpen(runs: number, count: number, extensionPath?: string): Promise<PopupFigures> {
  const context: BrowserContext = await launch({ extensionPath });
  try {
    const id = await extensionId(context);
    const tabId = 424242;
    const captures = sampleCaptures(count);
    const sw = context.serviceWorkers()[0]!;
    // The keys capture-store.ts and tab-store.ts write (WXT `session:captures:<id>` = storage.session `captures:<id>`).
    await sw.evaluate(
      async ({ tabId, captures }) => chrome.storage.session.set({ [`captures:${tabId}`]: captures, [`adsmanager:${tabId}`]: true }),
      { tabId, captures },
    );
    const out: PopupFigures = { captures: count, renderedMs: [], interactiveMs: [], coldInteractiveMs: NaN };
    for (let r = 0; r < runs + 1; r++) {
      const page: Page = await context.newPage();
      await page.addInitScript({ content: readyProbe(count) });
      await page.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
      const ready = await page.waitForFunction(() => (window as unknown as { __aaiPopup?: unknown }).__aaiPopup, undefined, { timeout: 30_000 });
      const v = (await ready.jsonValue()) as { rendered: number; interactive: number };
      await page.close();
      if (r === 0) {
        out.coldInteractiveMs = v.interactive; // the first open also compiles the popup's code
        continue;
      }
      out.renderedMs.push(v.rendered);
      out.interactiveMs.push(v.interactive);
    }
    return out;
  } finally {
    await context.close();
  }
}

