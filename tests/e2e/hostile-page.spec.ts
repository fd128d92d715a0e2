import type { Page, Worker } from '@playwright/test';
import { encodeAs, toHookRequest } from '../../testkit/encode';
import { HOOK_EVENT, HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_RESPONSE, MAX_URL } from '../../lib/page-contract/limits';
import { MAX_CAPTURES } from '../../lib/capture/ring';
import type { Capture } from '../../lib/model';
import { expect, openAdsManager, routeAdsManager, tabIdOf, test, ctwaAdset } from './fixtures';

/**
 * The page world is untrusted (SECURITY.md, "page-world trust boundary"): any script on an Ads Manager page can
 * dispatch the hook's DOM event. Malformed or oversized messages must be dropped (by the bridge's size check, else by
 * the background's validation: the bridge forwards the text unparsed), a flood must be bounded (admission gate + per-tab ring in storage.session), the page must keep running, and nothing the
 * extension does may surface as a page error. A well-formed forged submission is indistinguishable from a real one
 * and is simply a capture — that is documented, not a bug.
 */

/** A well-formed hook message for an ad set form submission; `name` makes each one distinct. */
function forgedDetail(name: string, url?: string): string {
  const wire = encodeAs('form', ctwaAdset(name), { session: { accessToken: 'EAAForgedTokenNeverStored', userId: '1', fbDtsg: 'forged-dtsg', lsd: 'forged-lsd' } });
  const req = toHookRequest(url ? { ...wire, url } : wire, { response: { status: 200, body: { id: '1' } }, startedAt: 1 });
  return JSON.stringify({ source: HOOK_SOURCE, v: HOOK_VERSION, ...req });
}

async function storedCaptures(sw: Worker): Promise<Record<string, Capture[]>> {
  return sw.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('captures:'))) as Record<string, Capture[]>;
  });
}

const namesIn = (captures: Capture[] | undefined) =>
  (captures ?? []).map((c) => (c.kind === 'submission' ? String(c.request.fields['name']) : `raw:${c.url}`));

/** Dispatch the hook event from page script, exactly as a hostile page could. */
async function dispatch(page: Page, details: unknown[]): Promise<void> {
  await page.evaluate(
    ({ event, details }) => {
      for (const detail of details) document.dispatchEvent(new CustomEvent(event, { detail }));
    },
    { event: HOOK_EVENT, details },
  );
}

test('forged, malformed, oversized and flooding hook events are dropped or bounded; the page never notices', async ({ context }) => {
  test.setTimeout(120_000);
  await routeAdsManager(context);
  const page = await openAdsManager(context);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  const sw = context.serviceWorkers()[0]!;
  const tabId = await tabIdOf(context, '', page);
  const key = `captures:${tabId}`;

  // 1. A well-formed forged submission is a capture like any other (page scripts and the hook are indistinguishable).
  await dispatch(page, [forgedDetail('forged-first')]);
  await expect.poll(async () => namesIn((await storedCaptures(sw))[key])).toEqual(['forged-first']);

  // 2. Malformed messages: wrong types, wrong shape, over every limit. None may become a capture.
  const valid = JSON.parse(forgedDetail('malformed')) as Record<string, unknown>;
  const variant = (patch: Record<string, unknown>) => JSON.stringify({ ...valid, ...patch });
  const malformed: { what: string; detail: unknown }[] = [
    { what: 'no detail', detail: undefined },
    { what: 'null detail', detail: null },
    { what: 'number detail', detail: 42 },
    // An object created in the page world arrives in the isolated world as null: only strings cross intact.
    { what: 'object detail', detail: valid },
    { what: 'not JSON', detail: '{"source":' },
    { what: 'JSON null', detail: 'null' },
    { what: 'JSON array', detail: '[1,2,3]' },
    { what: 'JSON string', detail: JSON.stringify(forgedDetail('double-encoded')) },
    { what: 'deeply nested JSON', detail: '['.repeat(100_000) + ']'.repeat(100_000) },
    { what: 'wrong source', detail: variant({ source: 'someone-else' }) },
    { what: 'wrong version', detail: variant({ v: 2 }) },
    { what: 'unknown transport', detail: variant({ transport: 'beacon' }) },
    { what: 'url missing', detail: variant({ url: undefined }) },
    { what: 'url not a string', detail: variant({ url: { href: 'https://graph.facebook.com/' } }) },
    { what: 'url too long', detail: variant({ url: 'https://graph.facebook.com/v22.0/act_1/adsets?x=' + 'a'.repeat(MAX_URL) }) },
    { what: 'method too long', detail: variant({ method: 'POST'.repeat(10) }) },
    { what: 'body not a string', detail: variant({ body: { name: 'x' } }) },
    { what: 'body over MAX_BODY', detail: variant({ body: 'name=big&optimization_goal=A&billing_event=B&x=' + 'a'.repeat(MAX_BODY) }) },
    { what: 'response over MAX_RESPONSE', detail: variant({ response: { status: 200, body: 'a'.repeat(MAX_RESPONSE + 1) } }) },
    { what: 'response status out of range', detail: variant({ response: { status: 1000, body: '{}' } }) },
    { what: 'too many headers', detail: variant({ headers: Object.fromEntries(Array.from({ length: MAX_HEADERS + 1 }, (_, i) => [`h${i}`, 'v'])) }) },
    { what: '100k headers', detail: variant({ headers: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`h${i}`, 'v'])) }) },
    { what: 'headers as array', detail: variant({ headers: [['content-type', 'text/plain']] }) },
    { what: 'startedAt not a number', detail: variant({ startedAt: 'yesterday' }) },
    { what: 'over the gate size', detail: 'x'.repeat(6_000_000) },
  ];
  for (const m of malformed) {
    await dispatch(page, [m.detail]);
  }
  // Well-formed but with a `__proto__` member: JSON.parse makes it an own property and the schema drops it.
  await dispatch(page, [forgedDetail('proto-pollution').replace(/^\{/, '{"__proto__":{"polluted":true},')]);
  // A sentinel after them: once it is stored, everything before it has been handled (events are handled in order).
  await dispatch(page, [forgedDetail('sentinel')]);
  await expect.poll(async () => namesIn((await storedCaptures(sw))[key])).toEqual(['forged-first', 'proto-pollution', 'sentinel']);
  expect(Object.keys(await storedCaptures(sw))).toEqual([key]);

  // 3. A flood of 10,000 well-formed messages, in chunks so a page timer can run in between.
  const FLOOD = 10_000;
  const template = forgedDetail('FLOOD_NAME');
  const flood = await page.evaluate(
    async ({ event, template, n }) => {
      let ticks = 0;
      let running = true;
      const tick = () => {
        ticks++;
        if (running) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        document.dispatchEvent(new CustomEvent(event, { detail: template.replace('FLOOD_NAME', `flood-${i}`) }));
        if (i % 500 === 499) await new Promise((r) => setTimeout(r, 0));
      }
      const ms = performance.now() - t0;
      const ticksDuring = ticks;
      // The page keeps running afterwards: its timer still advances.
      await new Promise((r) => setTimeout(r, 300));
      const ticksAfter = ticks - ticksDuring;
      running = false;
      return { ms, ticksDuring, ticksAfter };
    },
    { event: HOOK_EVENT, template, n: FLOOD },
  );
  console.log(
    `hostile-page: ${FLOOD} forged events dispatched in ${flood.ms.toFixed(0)} ms ` +
      `(${((flood.ms * 1000) / FLOOD).toFixed(1)} µs each); page timer ticks during ${flood.ticksDuring}, in the 300 ms after ${flood.ticksAfter}`,
  );
  expect(flood.ticksDuring).toBeGreaterThan(0);
  expect(flood.ticksAfter).toBeGreaterThan(0);

  // The ring fills to its bound and stays there; the admission gate let through only a bounded number.
  await expect.poll(async () => (await storedCaptures(sw))[key]?.length ?? 0, { timeout: 30_000 }).toBe(MAX_CAPTURES);
  await page.waitForTimeout(1000);
  const after = await storedCaptures(sw);
  expect(Object.keys(after)).toEqual([key]);
  const names = namesIn(after[key]);
  expect(names.length).toBeLessThanOrEqual(MAX_CAPTURES);
  expect(names.every((n) => /^(forged-first|proto-pollution|sentinel|flood-\d+)$/.test(n))).toBe(true);
  // Only the first messages of the window were admitted (the gate drops the rest, it does not queue them).
  const floodIndexes = names.filter((n) => n.startsWith('flood-')).map((n) => Number(n.slice(6)));
  console.log(`hostile-page: stored ${names.length} captures; highest flood index admitted ${Math.max(...floodIndexes)}`);
  expect(Math.max(...floodIndexes)).toBeLessThan(FLOOD - 1);
  // Secrets in the forged messages were redacted before storage, as for real captures.
  expect(JSON.stringify(after)).not.toMatch(/EAAForgedTokenNeverStored|forged-dtsg|forged-lsd/);

  // 4. The page itself still works: its own request goes out and answers normally.
  const own = await page.evaluate(async () => {
    const r = await fetch('https://adsmanager-graph.facebook.com/v22.0/act_1/adsets', { method: 'POST', body: 'name=own' });
    return { status: r.status, body: await r.json() };
  });
  expect(own).toEqual({ status: 200, body: { id: '120235999999990001' } });
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  expect(await sw.evaluate(() => 'polluted' in {})).toBe(false);

  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
