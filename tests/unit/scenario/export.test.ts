import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import type { GraphExchange } from '../../../lib/graph';
import { buildReport, ReportSchema, wrongExplanationReport } from '../../../lib/report';
import { runRecordOf } from '../../../lib/run-record';
import { parseScenarioText, type Scenario } from '../../../lib/scenario';
import { EXPORTED_TOKEN, exportScenario, idMasker, MAX_SCENARIO_BYTES, recordedWorld, scenarioFileText } from '../../../lib/scenario/export';
import { toHookRequest } from '../../../testkit/encode';
import { explainScenario } from '../../../testkit/explain-scenario';
import { runAndExport } from '../../../testkit/export-run';
import { SHARED_SCENARIOS } from '../../shared-scenarios';
import { APP_SECRET, SDK_APP_SECRET } from '../../token-forms';

function load(file: string): Scenario {
  const r = parseScenarioText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}
const SEED_B = path.join(SHARED_SCENARIOS, 'seed-user-b-hidden-number-id.json');
const NOW = 1_733_000_000_000;

// Unique strings a leak check can look for (the secrets e2e uses the same kind of list).
const TOKEN = 'EAAGSecretTokenForExportCheck1733ZDZD';
const DTSG = 'NAcSecretDtsgForExportCheck:12:1732450000';
const LSD = 'AVqSecretLsdForExportCheck';
const COOKIE = 'c_user=100012345678901; xs=SecretCookieForExportCheck';

/** Seed user B with secrets planted everywhere a real run carries them. */
function leakyWorld(): Scenario {
  const s = load(SEED_B);
  const me = s.graph.objects['me'] as Record<string, unknown>;
  return {
    ...s,
    token: TOKEN,
    api: { curl: s.api.curl!.replace(s.token, TOKEN) + ` -H 'Cookie: ${COOKIE}' -d 'appsecret_proof=${APP_SECRET}'` },
    ui: s.ui.map((u) => ({
      ...u,
      headers: { ...u.headers, cookie: COOKIE, 'x-fb-lsd': LSD },
      body: `${u.body}&fb_dtsg=${encodeURIComponent(DTSG)}&lsd=${LSD}&jazoest=25873`,
    })),
    graph: {
      ...s.graph,
      objects: {
        ...s.graph.objects,
        // Graph echoing secrets back in an answer (error texts quote parameters).
        me: { ...me, about: `token ${TOKEN} app ${SDK_APP_SECRET} proof appsecret_proof=${APP_SECRET}` },
      },
    },
  };
}

describe('exportScenario: redaction is total', () => {
  it('no secret of the scan list survives, the token becomes the placeholder the replay accepts, names become pseudonyms', async () => {
    const world = leakyWorld();
    const { explanation, exported } = await runAndExport(world, { now: NOW });
    const text = scenarioFileText(exported.scenario);
    for (const secret of [TOKEN, encodeURIComponent(TOKEN), DTSG, encodeURIComponent(DTSG), LSD, 'SecretCookieForExportCheck', APP_SECRET]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(exported.scenario.token).toBe(EXPORTED_TOKEN);
    expect(text).not.toContain('Marketer B');
    expect(exported.pseudonyms).toBeGreaterThan(0);
    expect(text).not.toMatch(/"jazoest=?\d|jazoest=\d/);
    // Still the same world: the replay reaches the same top finding.
    const replay = await explainScenario(exported.scenario, { now: () => NOW });
    expect(replay.findings[0]?.id).toBe(explanation.findings[0]?.id);
    expect(exported.scenario.expect).toEqual({ mentions: [], not: [] });
  });

  it('the JSON report carries the scenario and still no secret', async () => {
    const world = leakyWorld();
    const { explanation, exported } = await runAndExport(world, { now: NOW });
    const report = buildReport(explanation, { toolVersion: '0.1.0', locale: 'en', secrets: [TOKEN], scenario: exported.scenario });
    expect(ReportSchema.parse(report).scenario?.ui.length).toBe(world.ui.length);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(JSON.stringify(report)).not.toContain(DTSG);
  });
});

describe('idMasker', () => {
  const m = idMasker();
  const id = '734116649781310';
  it('maps one id the same way wherever it sits, keeping its length', () => {
    const fake = m.mask(id);
    expect(fake).toHaveLength(id.length);
    expect(fake).not.toBe(id);
    expect(m.mask(`act_${id}`)).toBe(`act_${fake}`);
    expect(m.mask(`https://graph.facebook.com/v22.0/${id}/phone_numbers`)).toBe(`https://graph.facebook.com/v22.0/${fake}/phone_numbers`);
    expect(m.mask(`promoted_object=%7B%22page_id%22%3A%22${id}%22%7D`)).toBe(`promoted_object=%7B%22page_id%22%3A%22${fake}%22%7D`);
    expect(m.mask(`batch=%5B%7B%2522page_id%2522%253A%2522${id}%2522`)).toBe(`batch=%5B%7B%2522page_id%2522%253A%2522${fake}%2522`);
    expect(m.mask(`{"page_id":"${id}"}`)).toBe(`{"page_id":"${fake}"}`);
  });
  it('leaves phone numbers, budgets, timestamps and error codes alone', () => {
    for (const s of ['+77006353580', '77006353580', 'daily_budget=1000', '1732450000', 'code 2446885', '+7 700 635 3580']) expect(m.mask(s)).toBe(s);
  });
  it('never hands out an id that is a real one of the world', () => {
    const first = idMasker().mask('111111111111111');
    const masker = idMasker(new Set([first]));
    expect(masker.mask('111111111111111')).not.toBe(first);
  });
});

describe('recordedWorld: what the simulated Graph needs to answer the same way', () => {
  const batch = (ops: unknown[], answers: unknown, status = 200): GraphExchange => ({
    method: 'POST',
    url: 'https://graph.facebook.com/v22.0/',
    body: new URLSearchParams({ access_token: '[redacted]', include_headers: 'false', batch: JSON.stringify(ops) }).toString(),
    status,
    responseBody: JSON.stringify(answers),
    headers: { 'x-fb-trace-id': 'T1' },
  });
  const validate = (campaign: string) => ({
    method: 'POST',
    relative_url: 'act_1/adsets',
    body: new URLSearchParams({ campaign_id: campaign, name: 'x', execution_options: '["validate_only"]' }).toString(),
  });
  const unknownError = { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1 } };

  it('a dry run refused in the batch for no content reason, then judged alone: the batch limit', () => {
    const w = recordedWorld([
      batch([validate('1'), validate('1')], [{ code: 200, body: '{"success":true}' }, { code: 500, body: JSON.stringify(unknownError) }]),
      batch([validate('1')], [{ code: 200, body: '{"success":true}' }]),
    ]);
    expect(w.enforce_adset_batch_limit).toBe(true);
    expect(w.adsets).toHaveLength(1);
    expect(w.adsets[0]!.respond).toEqual({ success: true });
  });
  it('a batch answered with one error: every request answers it (token_error)', () => {
    const w = recordedWorld([batch([{ method: 'GET', relative_url: 'me' }], { error: { message: 'expired', type: 'OAuthException', code: 190, error_subcode: 463 } }, 400)]);
    expect(w.token_error?.error_subcode).toBe(463);
  });
  it('a batch that never reached Graph: the world fails it at the network level', () => {
    const w = recordedWorld([{ method: 'POST', url: 'https://graph.facebook.com/v22.0/', body: 'batch=[]', status: null, responseBody: null, headers: {} }]);
    expect(w.fail).toEqual(['/']);
  });
  it('an answer that was not 400 keeps its status', () => {
    const w = recordedWorld([batch([{ method: 'GET', relative_url: 'me?fields=id' }], [{ code: 500, body: JSON.stringify(unknownError) }])]);
    expect(w.objects['me?fields=id']).toEqual({ ...unknownError, http_status: 500 });
  });
});

describe('size: a world from a tab with 50 big captures stays under 1 MB and says what it left out', () => {
  const base = load(SEED_B);
  const big = 'x'.repeat(60_000);
  const captures = Array.from({ length: 50 }, (_, i) =>
    decodeCapture(
      toHookRequest({ ...base.ui[0]!, body: `${base.ui[0]!.body}&name=${big}${i}` }, { response: { status: 200, body: { id: `1202359999999${String(i).padStart(5, '0')}`, padding: big } }, startedAt: NOW + i }),
      { id: `cap-${i}`, now: NOW + i },
    ),
  ).flat();

  it('only the compared ad set goes in; the 49 others are counted as left out', () => {
    const out = exportScenario({ captures, adsetId: 'cap-49', api: base.api, exchanges: [], wabaId: null, secrets: [], name: 'fifty' });
    expect(out.bytes).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(out.leftOut).toContainEqual({ kind: 'other_captures', count: 49 });
    expect(out.scenario.ui).toHaveLength(1);
  });

  it('over the budget, older answers and then older requests go, and the preview is told', async () => {
    const world = load(path.join(path.dirname(SEED_B), '..', 'draft-flow-create-update-publish.json'));
    const full = (await runAndExport(world, { now: NOW })).exported;
    const tight = (await runAndExport(world, { now: NOW, maxBytes: full.bytes - 200 })).exported;
    expect(tight.bytes).toBeLessThanOrEqual(full.bytes - 200);
    expect(tight.leftOut.map((l) => l.kind)).toContain('response_bodies');
  });
});

describe('the run record and the wrong-explanation report', () => {
  it('keeps the paste without the token, the capture equivalent as ui_equivalent, a HAR entry as cURL', async () => {
    const { explanation } = await runAndExport(load(SEED_B), { now: NOW });
    const req = { tabId: 1, captureId: 'c', token: TOKEN, wabaId: null };
    const pasted = runRecordOf({ ...req, api: explanation.api, pasted: { api: { text: `curl -d access_token=${TOKEN}` }, typedValues: { campaign_id: '1' } } }, explanation, []);
    expect(JSON.stringify(pasted)).not.toContain(TOKEN);
    expect(pasted.typedValues).toEqual({ campaign_id: '1' });
    expect(runRecordOf({ ...req, api: null }, explanation, []).api).toEqual({ ui_equivalent: true });
    expect(runRecordOf({ ...req, api: explanation.api }, explanation, []).api.curl).toMatch(/^curl -X 'POST' 'https:\/\/graph\.facebook\.com\/v\d+\.0\/act_\d+\/adsets'/);
  });

  it('a ui_equivalent world replays as the popup ran it: the capture against its own equivalent', async () => {
    const world = { ...load(SEED_B), api: { ui_equivalent: true as const } };
    const { explanation, exported } = await runAndExport(world, { now: NOW });
    expect(explanation.api.format).toBe('ui-equivalent');
    const replay = await explainScenario(exported.scenario, { now: () => NOW });
    expect(replay.findings.map((f) => f.id)).toEqual(explanation.findings.map((f) => f.id));
  });

  it('prefills title, findings in order with verdicts, and the line for what was expected, in both languages', async () => {
    const { explanation } = await runAndExport(load(SEED_B), { now: NOW });
    const en = wrongExplanationReport(explanation, 'en');
    expect(en.split('\n')[0]).toMatch(/^Wrong explanation: "/);
    explanation.findings.forEach((f, i) => expect(en).toMatch(new RegExp(`^${i + 1}\\. \\[.+\\(${f.id}\\)$`, 'm')));
    expect(en.trimEnd().endsWith('What I expected instead:')).toBe(true);
    const ru = wrongExplanationReport(explanation, 'ru');
    expect(ru).toContain('Неверное объяснение');
    expect(ru).toContain('Чего я ожидал');
  });
});

describe('a JSON report replays as the world it carries', () => {
  it('parseScenario reads `scenario` out of a report', async () => {
    const { explanation, exported } = await runAndExport(load(SEED_B), { now: NOW });
    const report = buildReport(explanation, { toolVersion: '0.1.0', locale: 'en', secrets: [], scenario: exported.scenario });
    const r = parseScenarioText(JSON.stringify(report));
    expect(r.ok && r.scenario.graph.adsets).toEqual(exported.scenario.graph.adsets);
    const replay = await explainScenario(r.ok ? r.scenario : exported.scenario, { now: () => NOW });
    expect(replay.findings.map((f) => f.id)).toEqual(explanation.findings.map((f) => f.id));
  });
});
