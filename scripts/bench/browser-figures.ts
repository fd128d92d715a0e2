/**
 * Figures measured in the real extension: diagnosis round trips and click-to-finding time with a simulated Graph
 * latency, and popup open-to-interactive with 50 stored captures. Timings are taken inside the page with
 * performance.now() (MutationObserver), so Playwright's own latency is not in them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { decodeCapture } from '../../lib/capture';
import { encodeAs, toHookRequest } from '../../testkit/encode';
import type { Capture, SubmissionEncoding } from '../../lib/model';
import type { Scenario } from '../../lib/scenario';
import { ADS_MANAGER_URL, apiText, extensionId, launch, openPopup, replayUi, routeScenario } from '../../testkit/simulated-ads-manager';

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
    // The items utils/storage-items.ts defines (WXT `session:captures:<id>` = storage.session `captures:<id>`).
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


export interface RequestBoxFigures {
  /** A 1 MB junk form string (half a million warnings) put in the box → the main thread is free again, per run. */
  junkInputMs: number[];
  /** …→ its (capped) warnings and the count of the rest are on screen (includes the parse's pause), per run. */
  junkWarningsMs: number[];
  /** One character typed at the end of a 50 MB cURL → the main thread is free again, per keystroke. */
  keystroke50MbMs: number[];
  /** A 50 MB cURL put in the box → read (the status line says so; includes the parse's pause), per run. */
  paste50MbParsedMs: number[];
  /** The browser's own share: the same 50 MB text set, and one character typed, in a plain textarea (no React, no
   * extension code) on a blank page → the main thread is free again. */
  plainSet50MbMs: number[];
  plainKeystroke50MbMs: number[];
}

/**
 * The request box under hostile input (issue 11, item 6). In-page timings: the text is built in the page and set
 * the way typing sets it (native value setter + an `input` event, which React handles), then the next task marks
 * the moment the user's next input could be handled.
 */
const REQUEST_BOX = `(async ({ runs, junkToo }) => {
  const box = () => document.querySelector('[data-testid=api-request-input]');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const type = (v) => { setter.call(box(), v); box().dispatchEvent(new Event('input', { bubbles: true })); };
  const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(null); });
  const until = (pred) => new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timed out')), 300000);
    const tick = () => (pred() ? (clearTimeout(t), resolve()) : setTimeout(tick, 2));
    tick();
  });
  const status = () => document.querySelector('[data-testid=request-status]')?.textContent ?? '';
  const out = { junkInputMs: [], junkWarningsMs: [], keystroke50MbMs: [], paste50MbParsedMs: [] };
  const junk = 'name=x&optimization_goal=CONVERSATIONS&' + 'a&'.repeat(512 * 1024);
  const curl = 'curl -X POST https://graph.facebook.com/v22.0/act_1/adsets -d name=x -d optimization_goal=CONVERSATIONS -d "targeting=' + 'a'.repeat(50 * 1048576) + '"';
  for (let r = 0; r < runs; r++) {
    if (junkToo) {
    type('');
    await until(() => !document.querySelector('[data-testid=request-warnings]'));
    const t0 = performance.now();
    type(junk + 'b'.repeat(r));
    await nextTask();
    out.junkInputMs.push(performance.now() - t0);
    await until(() => document.querySelector('[data-testid=request-warnings-more]'));
    out.junkWarningsMs.push(performance.now() - t0);
    }

    type('');
    let t0;
    await until(() => status() === '');
    t0 = performance.now();
    type(curl);
    await until(() => status() !== '');
    out.paste50MbParsedMs.push(performance.now() - t0);
    let text = curl;
    for (let k = 0; k < 3; k++) {
      text += 'x';
      t0 = performance.now();
      type(text);
      await nextTask();
      out.keystroke50MbMs.push(performance.now() - t0);
    }
  }
  type('');
  return out;
})`;

const PLAIN_BOX = `(async ({ runs }) => {
  document.body.innerHTML = '<textarea rows="5" style="width: 600px"></textarea>';
  const box = document.querySelector('textarea');
  const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(null); });
  const out = { plainSet50MbMs: [], plainKeystroke50MbMs: [] };
  const curl = 'curl -X POST https://graph.facebook.com/v22.0/act_1/adsets -d name=x -d optimization_goal=CONVERSATIONS -d "targeting=' + 'a'.repeat(50 * 1048576) + '"';
  for (let r = 0; r < runs; r++) {
    box.value = '';
    await nextTask();
    let t0 = performance.now();
    box.value = curl;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    out.plainSet50MbMs.push(performance.now() - t0);
    let text = curl;
    for (let k = 0; k < 3; k++) {
      text += 'x';
      t0 = performance.now();
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await nextTask();
      out.plainKeystroke50MbMs.push(performance.now() - t0);
    }
  }
  return out;
})`;

export async function measureRequestBox(runs: number, extensionPath?: string, junkToo = true): Promise<RequestBoxFigures> {
  const context: BrowserContext = await launch({ extensionPath });
  try {
    const id = await extensionId(context);
    const plain: Page = await context.newPage();
    await plain.goto('about:blank');
    const browserOwn = (await plain.evaluate(`${PLAIN_BOX}({ runs: ${runs} })`)) as Pick<RequestBoxFigures, 'plainSet50MbMs' | 'plainKeystroke50MbMs'>;
    await plain.close();
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html?tabId=424242`);
    await page.getByTestId('api-request-input').waitFor();
    const box = (await page.evaluate(`${REQUEST_BOX}({ runs: ${runs}, junkToo: ${junkToo} })`)) as RequestBoxFigures;
    return { ...box, ...browserOwn };
  } finally {
    await context.close();
  }
}
