import { describe, expect, it } from 'vitest';
import { buildFollowUpPlan, buildPlan, citedUrl, encodeBatchBody, type DiagnosisInput } from '../../../lib/graph';
import type { Validation } from '../../../lib/model/facts';
import { apiRequestOf, EXAMPLES, loadScenario, SHARED_DIR, uiRequestOf, variantsOf } from './scenario-requests';

const scenario = loadScenario(`${SHARED_DIR}/${EXAMPLES[1]}`);
const api = apiRequestOf(scenario);
const ui = uiRequestOf(scenario)!;
const input: DiagnosisInput = {
  token: scenario.token,
  apiVersion: 'v20.0',
  apiRequest: api,
  uiRequest: ui,
  variants: variantsOf(api, ui),
  wabaId: '792684993372941',
};

describe('buildPlan', () => {
  const plan = buildPlan(input);

  it('has stable ids, reads first, then validate_only runs', () => {
    expect(plan.map((p) => p.id)).toEqual([
      'me',
      'debug_token',
      'permissions',
      'page',
      'page_whatsapp',
      'page_access',
      'ad_account',
      'campaign',
      'waba_phone_numbers',
      'validate_api',
      'validate_ui',
      'validate_api_at_ui_version',
      ...input.variants.map((v) => `variant_${v.id.replace(/[^A-Za-z0-9_.-]/g, '_')}`),
    ]);
    expect(plan.length).toBeLessThanOrEqual(50);
  });

  it('GET items carry their query in relative_url, without a leading slash', () => {
    const rel = Object.fromEntries(plan.map((p) => [p.id, p.op.relativeUrl]));
    expect(rel['page']).toBe('734116649781310?fields=id,name');
    expect(rel['page_whatsapp']).toBe('734116649781310?fields=whatsapp_number,has_whatsapp_number,has_whatsapp_business_number');
    expect(rel['ad_account']).toBe('act_1187654321098765?fields=name,account_status,business,currency');
    expect(rel['campaign']).toBe('120234472620180097?fields=objective,special_ad_categories,buying_type');
    expect(rel['waba_phone_numbers']).toMatch(/^792684993372941\/phone_numbers\?fields=id,display_phone_number,/);
    expect(plan.every((p) => !p.op.relativeUrl.startsWith('/'))).toBe(true);
  });

  it('validate_only items POST encoded fields; the UI version is a relative_url prefix', () => {
    const byId = new Map(plan.map((p) => [p.id, p]));
    const apiItem = byId.get('validate_api')!;
    expect(apiItem.op).toMatchObject({ method: 'POST', relativeUrl: 'act_1187654321098765/adsets' });
    expect(apiItem.op.body!['execution_options']).toBe('["validate_only"]');
    expect(JSON.parse(apiItem.op.body!['promoted_object']!)).toEqual({ page_id: '734116649781310', whatsapp_phone_number: '+77006353580' });
    expect(apiItem.op.body!['access_token']).toBeUndefined();
    expect(byId.get('validate_ui')!.op.relativeUrl).toBe('v22.0/act_1187654321098765/adsets');
    expect(byId.get('validate_api_at_ui_version')!.op.relativeUrl).toBe('v22.0/act_1187654321098765/adsets');
    expect(byId.get('validate_api_at_ui_version')!.op.body).toEqual(apiItem.op.body);
  });

  it('no UI request → no UI runs; same versions → no version run; unknown ids → no reads', () => {
    const bare = buildPlan({ token: 't', apiVersion: 'v22.0', apiRequest: { ...api, apiVersion: 'v22.0', fields: {} }, variants: [] });
    expect(bare.map((p) => p.id)).toEqual(['me', 'debug_token', 'permissions', 'ad_account', 'validate_api']);
    const same = buildPlan({ ...input, uiRequest: { ...ui, apiVersion: 'v20.0' } });
    expect(same.some((p) => p.id === 'validate_api_at_ui_version')).toBe(false);
  });

  it('citations never carry the token', () => {
    const dt = plan.find((p) => p.id === 'debug_token')!;
    expect(dt.op.relativeUrl).toContain(encodeURIComponent(scenario.token));
    expect(citedUrl(dt.op)).toBe('debug_token?input_token=[redacted]');
  });

  it('duplicate variant ids still get distinct item ids', () => {
    const v = input.variants[0]!;
    const p = buildPlan({ ...input, variants: [v, v] });
    const ids = p.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('buildFollowUpPlan', () => {
  const plan = buildPlan(input);
  const result = (passing: (id: string) => boolean): Validation[] =>
    plan.flatMap((p) =>
      p.kind === 'validate'
        ? [{ variantId: p.variantId, label: p.label, change: p.change, changes: p.changes, source: { itemId: p.id, method: 'POST', relativeUrl: p.op.relativeUrl, round: 1 }, ok: passing(p.id) }]
        : [],
    );
  const singles = plan.filter((p) => p.id.startsWith('variant_'));

  it('nothing when the API request passes, or exactly one single change passes', () => {
    expect(buildFollowUpPlan(input, result(() => true))).toEqual([]);
    expect(buildFollowUpPlan(input, result((id) => id === singles[0]!.id))).toEqual([]);
  });

  it('nothing when the request at Ads Manager\'s API version already passed in the first batch', () => {
    const asUiVersion = plan.find((p) => p.kind === 'validate' && p.id === 'validate_api_at_ui_version');
    const withVersion: Validation[] = [
      ...result((id) => id === 'validate_ui' || id.startsWith('variant_')),
      ...(asUiVersion ? [] : [{ variantId: 'validate_api_at_ui_version', label: { key: 'x' }, change: null, changes: [], source: { itemId: 'validate_api_at_ui_version', method: 'POST', relativeUrl: 'v22.0/act_1/adsets', round: 1 }, ok: true }]),
    ].map((v) => (v.source.itemId === 'validate_api_at_ui_version' ? { ...v, ok: true } : v));
    expect(buildFollowUpPlan(input, withVersion.map((v) => (v.source.itemId === 'validate_api_at_ui_version' ? { ...v, ok: false } : v))).length).toBeGreaterThan(0);
    expect(buildFollowUpPlan(input, withVersion)).toEqual([]);
  });

  it('pairs of the passing singles when several pass', () => {
    const pass = new Set([singles[0]!.id, singles[1]!.id, singles[2]!.id]);
    const f = buildFollowUpPlan(input, result((id) => pass.has(id)));
    expect(f).toHaveLength(3);
    expect(f.every((p) => p.round === 2 && p.kind === 'validate' && p.changes.length === 2)).toBe(true);
  });

  it('all pairs when no single passes but the UI request does', () => {
    const f = buildFollowUpPlan(input, result((id) => id === 'validate_ui'));
    const n = singles.length;
    const samePath = input.variants.length - new Set(input.variants.map((v) => v.change.path)).size;
    expect(f.length).toBe((n * (n - 1)) / 2 - samePath);
    expect(buildFollowUpPlan(input, result(() => false))).toEqual([]);
  });
});

describe('buildPlan: the WhatsApp Business account found in the same batch (batch dependencies)', () => {
  const { wabaId: _typed, ...withoutWaba } = input;
  const plan = buildPlan(withoutWaba);
  const byId = new Map(plan.map((p) => [p.id, p]));

  it('names the ad account and Page reads, keeps their answers, and reads both businesses\' WABAs and numbers', () => {
    expect(byId.get('ad_account')!.op).toMatchObject({ name: 'ad_account', omitResponseOnSuccess: false });
    expect(byId.get('page_access')!.op).toMatchObject({ name: 'page_access', omitResponseOnSuccess: false });
    expect(byId.get('waba_owned_ad_account')!.op.relativeUrl).toBe('{result=ad_account:$.business.id}/owned_whatsapp_business_accounts?fields=id,name');
    expect(byId.get('waba_client_page')!.op.relativeUrl).toBe('{result=page_access:$.business.id}/client_whatsapp_business_accounts?fields=id,name');
    expect(byId.get('waba_numbers_owned_ad_account')!.op.relativeUrl).toMatch(/^\?ids=\{result=waba_owned_ad_account:\$\.data\.\*\.id\}&fields=id,name,phone_numbers\{id,display_phone_number,/);
    expect(plan.filter((p) => p.kind === 'waba_accounts' || p.kind === 'waba_numbers')).toHaveLength(8);
    expect(byId.has('waba_phone_numbers')).toBe(false);
  });

  it('the batch body carries name and omit_response_on_success as Graph spells them', () => {
    const body = new URLSearchParams(encodeBatchBody(plan.map((p) => p.op), 'T'));
    const ops = JSON.parse(body.get('batch')!) as Record<string, unknown>[];
    expect(ops.find((o) => o['name'] === 'ad_account')).toMatchObject({ omit_response_on_success: false });
  });

  it('not when the WABA id is given, nor for a request that is not about WhatsApp', () => {
    expect(buildPlan(input).some((p) => p.kind === 'waba_accounts')).toBe(false);
    const web = { ...api, fields: { ...api.fields, destination_type: 'WEBSITE', promoted_object: { page_id: '1' } } };
    expect(buildPlan({ ...withoutWaba, apiRequest: web }).some((p) => p.kind === 'waba_accounts')).toBe(false);
  });
});
