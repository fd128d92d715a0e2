// Test helper: Explanations shaped like the three shared scenarios, built with the real pipeline where it exists
// (lib/capture decodes the UI request, lib/request parses the API request, lib/diff compares, lib/graph runs the
// diagnosis against the simulated Graph API) and hand-written findings (lib/explain is written in parallel).
import type { Explanation } from '../../../lib/explain/explanation';
import { decodeCapture } from '../../../lib/capture';
import { diffRequests } from '../../../lib/diff';
import { runDiagnosis } from '../../../lib/graph';
import { createSimulatedGraph } from '../../../testkit/graph-sim';
import { text } from '../../../lib/i18n';
import type { Finding, HookRequest, Submission } from '../../../lib/model';
import { equivalentApiRequest, parseScenarioApi } from '../../../lib/request';
import type { Scenario } from '../../../lib/scenario';
import { loadScenario, SHARED_DIR, variantsOf } from '../graph/scenario-requests';

export const SEED_B = 'seed-user-b-hidden-number-id';
export const SEED_A = 'seed-user-a-works';
export const PERSONAL = 'page-number-personal';
export const WABA_ID = '792684993372941';

export function scenario(name: string): Scenario {
  return loadScenario(`${SHARED_DIR}/${name}.json`);
}

function submissionOf(s: Scenario): Submission | null {
  const ui = s.ui.find((u) => /\/adsets/.test(u.url) && u.body);
  if (!ui) return null;
  const hook: HookRequest = {
    transport: 'fetch',
    method: ui.method,
    url: ui.url,
    headers: { ...(ui.headers ?? {}) },
    body: ui.body ?? null,
    bodyType: 'string',
    response: ui.response ? { status: ui.response.status, body: JSON.stringify(ui.response.body) } : null,
    failure: null,
    startedAt: 0,
  };
  const found = decodeCapture(hook, { id: 'cap-1', now: Date.UTC(2026, 10, 25, 8, 10) });
  const sub = found.find((c): c is Submission => c.kind === 'submission');
  if (!sub) throw new Error('scenario UI request did not decode');
  return sub;
}

/** The findings lib/explain is expected to produce for each scenario (hand-written, keys from its catalogue). */
function findingsOf(name: string): Finding[] {
  const hidden: Finding = {
    id: 'hidden-field',
    verdict: 'cause',
    title: text('explain_title_hidden_field'),
    detail: text('explain_hidden_field_proven', 'promoted_object.whats_app_business_phone_number_id'),
    evidence: [
      { fact: text('explain_ev_request_field', 'promoted_object.whats_app_business_phone_number_id'), value: '501234567890123', source: 'diff:promoted_object.whats_app_business_phone_number_id' },
      {
        fact: text('explain_ev_validation'),
        value: 'passed',
        source: { itemId: 'v_add_po_waba', method: 'POST', relativeUrl: 'act_1187654321098765/adsets', round: 1 },
      },
    ],
    fix: [text('explain_fix_add', 'promoted_object.whats_app_business_phone_number_id', '501234567890123')],
    docs: ['https://developers.facebook.com/docs/marketing-api/reference/ad-promoted-object/'],
    minimalFix: [{ path: 'promoted_object.whats_app_business_phone_number_id', op: 'add', value: '501234567890123' }],
  };
  const phoneRuledOut: Finding = {
    id: 'phone-mismatch',
    verdict: 'ruled_out',
    title: text('explain_title_phone_mismatch'),
    detail: text('explain_phone_same'),
    evidence: [{ fact: text('explain_ev_api_number'), value: '+77006353580', source: 'diff:promoted_object.whatsapp_phone_number' }],
    fix: [],
    docs: [],
  };
  const personal: Finding = {
    id: 'page-number-not-business',
    verdict: 'cause',
    title: text('explain_title_page_number_not_business'),
    detail: text('explain_page_number_personal'),
    evidence: [
      {
        fact: text('explain_ev_page_field', 'has_whatsapp_business_number'),
        value: 'false',
        source: { itemId: 'page_whatsapp', method: 'GET', relativeUrl: '734116649781310?fields=whatsapp_number,has_whatsapp_business_number', round: 1, field: 'has_whatsapp_business_number' },
      },
    ],
    fix: [text('explain_fix_connect_business_number')],
    docs: [],
  };
  const ok: Finding = { id: 'validates-ok', verdict: 'cause', title: text('explain_title_validates_ok'), detail: text('explain_validates_ok'), evidence: [], fix: [], docs: [] };
  if (name === SEED_B) return [hidden, phoneRuledOut];
  if (name === PERSONAL) return [personal, { ...phoneRuledOut }];
  return [ok];
}

/** A full Explanation for one of the shared scenarios. */
export async function explanationFor(name: string): Promise<Explanation> {
  const s = scenario(name);
  const ui = submissionOf(s);
  const parsed = parseScenarioApi(s.api);
  if (!parsed.ok) throw new Error('scenario API request does not parse');
  const api = parsed.request;
  const uiEquivalent = ui ? equivalentApiRequest(ui.request) : null;
  const diff = uiEquivalent ? diffRequests(ui!.request, api) : null;
  const sim = createSimulatedGraph(s);
  const facts = await runDiagnosis(
    {
      token: s.token,
      apiVersion: api.apiVersion ?? 'v20.0',
      apiRequest: api,
      uiRequest: uiEquivalent,
      variants: variantsOf(api, uiEquivalent),
      wabaId: name === SEED_A ? null : WABA_ID,
    },
    { transport: (req) => sim.handle(req) },
  );
  return {
    ui,
    api: { request: api, format: parsed.format, tokenFound: parsed.token !== null },
    uiEquivalent,
    diff,
    facts,
    findings: findingsOf(name),
    startedAt: Date.UTC(2026, 10, 25, 8, 11),
    finishedAt: Date.UTC(2026, 10, 25, 8, 12),
  };
}

export const META = { toolVersion: '0.1.0', locale: 'en' as const, generatedAt: new Date(Date.UTC(2026, 10, 25, 8, 12, 30)) };
