/**
 * Engine timings in Node (the same pure lib/ code the service worker and popup run, on V8): decode a capture,
 * parse the API request, diff, and the whole explanation of one pair with the simulated Graph in-process (no
 * latency), plus importing a 50 MB HAR, a 50 MB cURL and a 1 MB junk paste the way the popup's request box does
 * (parseApiRequest).
 */
import { assembleAdsets, assembleChains, decodeCapture, decodeHookMessage, HOOK_SOURCE, HOOK_VERSION, MAX_CAPTURES } from '../../lib/capture';
import { directChainPublish, draftChainPublish } from '../../testkit/chain-publish';
import { batchAnswer, encodeBatchedCall, encodeDraftFragment, encodeDraftPublish, encodeDraftUpdate, publishAnswer, toHookRequest } from '../../testkit/encode';
import type { Capture } from '../../lib/model';
import { diffRequests } from '../../lib/diff';
import { explainScenario } from '../../testkit/explain-scenario';
import { parseApiRequest, parseScenarioApi } from '../../lib/request';
import type { Scenario } from '../../lib/scenario';
import { median, timeRuns } from './stats';

export interface EngineFigures {
  decodeMs: number;
  /** Parse and validate one hook message as the background does (the bridge did it on the page's thread until issue 16). */
  validateMs: number;
  validateKb: number;
  parseApiMs: number;
  diffMs: number;
  /** decode + parse + diff + simulated Graph batch + rules, end to end (explainScenario). */
  explainMs: number;
  harMb: number;
  harEntries: number;
  harMs: number;
  /** One parse of a pasted 50 MB cURL: what the request box now does once per pause (it did it twice per keystroke). */
  curl50MbMs: number;
  /** One parse of a 1 MB junk form string, and the warnings it produces (the popup lists 20 of them). */
  junk1MbMs: number;
  junk1MbWarnings: number;
  /** Assembling a full tab ring (MAX_CAPTURES stored captures of draft flows) into ad sets, as the popup does per render. */
  assembleMs: number;
  assembleCaptures: number;
  assembledAdsets: number;
  /** Assembling a full ring of whole-chain publishes into chains (the popup's chain list, per render). */
  chainMs: number;
  chainCaptures: number;
  chains: number;
}

/**
 * A full ring of stored captures of whole CTWA chains (issue 17): drafts (multi-fragments + publish) and direct
 * POSTs (campaign, ad set, creative, ad) in turn, each publish with its own ids.
 */
export function chainCaptures(count = MAX_CAPTURES): Capture[] {
  const out: Capture[] = [];
  const error = { message: 'Invalid parameter', type: 'OAuthException', code: 100 };
  for (let i = 0; out.length < count; i++) {
    const requests = i % 2 ? directChainPublish({ error }) : draftChainPublish({ error });
    // Each publish its own objects: shift every id the requests and answers carry.
    const text = JSON.stringify(requests).replace(/1202000000000000(\d\d)/g, (_m, d: string) => `12020000000${String(i).padStart(5, '0')}${d}`).replace(/2385311000000(\d{4})/g, (_m, d: string) => `23853${String(i).padStart(4, '0')}${d}`);
    (JSON.parse(text) as typeof requests).forEach((r, j) => out.push(...decodeCapture(toHookRequest(r, { response: r.response, startedAt: 0 }), { id: `ch${i}-${j}`, now: i * 10 + j })));
  }
  return out.slice(-count);
}

/**
 * A full ring of stored captures as Ads Manager's draft flow leaves them: per fragment a batched create, an update
 * and a publish, decoded by the extension's own decoder.
 */
export function draftFlowCaptures(count = MAX_CAPTURES): Capture[] {
  const out: Capture[] = [];
  const fields = {
    name: 'CTWA KZ',
    campaign_id: '120234472620180097',
    daily_budget: 500,
    billing_event: 'IMPRESSIONS',
    optimization_goal: 'CONVERSATIONS',
    destination_type: 'WHATSAPP',
    promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580' },
    targeting: { geo_locations: { countries: ['KZ'] }, age_min: 18, age_max: 65 },
  };
  const draft = { draftId: '23853110000000001', parentId: fields.campaign_id, bookkeeping: true, actingBusinessId: '1010101010101010' };
  for (let i = 0; out.length < count; i++) {
    const fragment = `2385311000000${1000 + i}`;
    const steps = [
      toHookRequest(encodeBatchedCall([encodeDraftFragment({ fields: { ...fields, name: `CTWA ${i}` }, adAccountId: '1187654321098765' }, draft)]), {
        response: { status: 200, body: batchAnswer([{ id: fragment }]) },
      }),
      toHookRequest(encodeDraftUpdate(fragment, { daily_budget: 1000 + i }, { draftId: draft.draftId }), { response: { status: 200, body: { success: true } } }),
      toHookRequest(encodeDraftPublish(draft.draftId, [fragment]), { response: { status: 200, body: publishAnswer([{ status: 'IN_PROGRESS' }]) } }),
    ];
    steps.forEach((h, k) => out.push(...decodeCapture(h, { id: `c${i}-${k}`, now: 1_000 * (3 * i + k) })));
  }
  return out.slice(0, count);
}

/** A DevTools-like HAR over 50 MB: every response body and header kept, the ad set POSTs among thousands of GETs. */
export function bigHar(): { text: string; entries: number } {
  const headers = Array.from({ length: 20 }, (_, k) => ({ name: `x-header-${k}`, value: 'v'.repeat(40) }));
  const body = 'x'.repeat(200);
  const entries: object[] = [];
  const count = 9000;
  for (let i = 0; i < count; i++) {
    const isAdset = i % 1000 === 999;
    entries.push({
      startedDateTime: '2025-01-01T00:00:00.000Z',
      request: isAdset
        ? {
            method: 'POST',
            url: 'https://graph.facebook.com/v22.0/act_1/adsets',
            headers,
            queryString: [],
            postData: { mimeType: 'application/x-www-form-urlencoded', text: `name=x${i}&optimization_goal=CONVERSATIONS&billing_event=IMPRESSIONS` },
          }
        : { method: 'GET', url: `https://www.facebook.com/ajax/${i}`, headers, queryString: [] },
      response: { status: 200, headers, content: { text: isAdset ? '{"id":"1"}' : body } },
    });
  }
  return { text: JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector' }, entries } }, null, 2), entries: count };
}

export async function measureEngine(scenario: Scenario, runs = 25): Promise<EngineFigures> {
  const now = Date.now();
  const entry = [...scenario.ui].reverse().find((u) => u.method === 'POST') ?? scenario.ui[0]!;
  const hook = toHookRequest(entry, { response: entry.response, startedAt: now });
  const sub = decodeCapture(hook, { id: 'bench', now }).find((c) => c.kind === 'submission');
  if (!sub || sub.kind !== 'submission') throw new Error(`${scenario.name}: no ad set submission in its ui requests`);
  const parsed = parseScenarioApi(scenario.api);
  if (!parsed.ok) throw new Error(`${scenario.name}: api request does not parse`);

  const decodeMs = median(await timeRuns(runs, () => decodeCapture(hook, { id: 'bench', now }), 5));
  const hookMessage = JSON.stringify({ source: HOOK_SOURCE, v: HOOK_VERSION, ...hook });
  if (!decodeHookMessage(hookMessage)) throw new Error(`${scenario.name}: its last ui request is not a valid hook message`);
  // Tens of microseconds: time 100 per run for a stable median.
  const validateMs = median(await timeRuns(runs, () => { for (let i = 0; i < 100; i++) decodeHookMessage(hookMessage); }, 5)) / 100;
  const parseApiMs = median(await timeRuns(runs, () => parseScenarioApi(scenario.api), 5));
  const diffMs = median(await timeRuns(runs, () => diffRequests(sub.request, parsed.request), 5));
  const explainMs = median(await timeRuns(runs, () => explainScenario(scenario), 5));

  const har = bigHar();
  const harMs = median(
    await timeRuns(
      5,
      () => {
        const r = parseApiRequest(har.text);
        if (!r.ok) throw new Error('the benchmark HAR did not parse');
      },
      1,
    ),
  );
  const curl = `curl -X POST https://graph.facebook.com/v22.0/act_1/adsets -d name=x -d optimization_goal=CONVERSATIONS -d "targeting=${'a'.repeat(50 * 1048576)}"`;
  const curl50MbMs = median(await timeRuns(3, () => parseApiRequest(curl), 1));
  const junk = 'name=x&optimization_goal=CONVERSATIONS&' + 'a&'.repeat(512 * 1024);
  const junkParsed = parseApiRequest(junk);
  const junk1MbMs = median(await timeRuns(3, () => parseApiRequest(junk), 1));
  const ring = draftFlowCaptures();
  const assembled = assembleAdsets(ring).length;
  // One call takes microseconds: time 100 per run for a stable median.
  const assembleMs = median(await timeRuns(runs, () => { for (let i = 0; i < 100; i++) assembleAdsets(ring); }, 5)) / 100;
  const chainRing = chainCaptures();
  const chains = assembleChains(chainRing).length;
  const chainMs = median(await timeRuns(runs, () => { for (let i = 0; i < 100; i++) assembleChains(chainRing); }, 5)) / 100;
  return {
    decodeMs,
    validateMs,
    validateKb: hookMessage.length / 1024,
    parseApiMs,
    diffMs,
    explainMs,
    harMb: har.text.length / 1048576,
    harEntries: har.entries,
    harMs,
    assembleMs,
    assembleCaptures: ring.length,
    assembledAdsets: assembled,
    chainMs,
    chainCaptures: chainRing.length,
    chains,
    curl50MbMs,
    junk1MbMs,
    junk1MbWarnings: junkParsed.ok ? junkParsed.warnings.length : 0,
  };
}
