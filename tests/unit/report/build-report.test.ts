import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../lib/explain/explanation';
import { buildReport, exportFileName, ReportSchema } from '../../../lib/report';
import { explanationFor, META, PERSONAL, SEED_A, SEED_B } from './fixtures';

describe('buildReport: seed user B (hidden WhatsApp Business phone-number id)', async () => {
  const explanation = await explanationFor(SEED_B);
  const report = buildReport(explanation, META);

  it('has the envelope: schema version, tool, time, locale', () => {
    expect(report).toMatchObject({
      schemaVersion: 2,
      tool: { name: 'Ads API Inspector', version: '0.1.0' },
      generatedAt: '2026-11-25T08:12:30.000Z',
      locale: 'en',
    });
  });

  it('summary: works in the UI, fails through the API, error 100/2446885 from validate_only, top finding rendered', () => {
    expect(report.summary.situation).toEqual({ ui: 'ok', api: 'failed' });
    expect(report.summary.error).toMatchObject({
      source: 'validate_api',
      code: 100,
      subcode: 2446885,
      fbtraceId: 'AsKfiEctM-vEtCOlrXGuwam',
      meaningText: 'WhatsApp Business account required',
      graphError: { error_user_title: 'Требуется Страница с аккаунтом WhatsApp Business' },
    });
    expect(report.summary.topFinding).toMatchObject({ id: 'hidden-field', verdict: 'cause', title: { key: 'explain_title_hidden_field' } });
    expect(report.summary.paragraphText).toMatch(/^Creating this ad set works in Ads Manager, but through the Marketing API the same ad set fails with error 100\/2446885/);
  });

  it('ui: the capture as exported, transport secrets redacted', () => {
    expect(report.ui).toMatchObject({
      encoding: 'form',
      location: 'body',
      capturedAt: '2026-11-25T08:10:00.000Z',
      identifiers: { pageId: '734116649781310', whatsappBusinessPhoneNumberId: '501234567890123' },
      response: { status: 200, createdIds: ['120235999999990001'], error: null },
      whatsappNumbers: [],
    });
    expect(report.ui!.request.transport).toMatchObject({ fb_dtsg: '[redacted]', jazoest: '[redacted]', access_token: '[redacted]' });
    expect(JSON.stringify(report)).not.toMatch(/EAA[A-Za-z0-9]{20,}|NAcFakeDtsg/);
  });

  it('api, uiEquivalent, diff and facts are carried over', () => {
    expect(report.api).toMatchObject({ format: 'curl', tokenFound: true, request: { apiVersion: 'v20.0', adAccountId: '1187654321098765' } });
    expect(report.uiEquivalent).toMatchObject({ host: 'graph.facebook.com', apiVersion: 'v22.0' });
    expect(report.diff?.entries[0]).toMatchObject({ path: 'promoted_object.whats_app_business_phone_number_id', kind: 'only_ui' });
    expect(report.facts?.validations.length).toBe(explanation.facts!.validations.length);
  });

  it('findings: ranked as given, Texts kept and rendered', () => {
    expect(report.findings.map((f) => [f.rank, f.id, f.verdict])).toEqual([
      [1, 'hidden-field', 'cause'],
      [2, 'phone-mismatch', 'ruled_out'],
    ]);
    const top = report.findings[0]!;
    expect(top.title).toEqual({ key: 'explain_title_hidden_field' });
    expect(typeof top.titleText).toBe('string');
    expect(top.fixText).toHaveLength(top.fix.length);
    expect(top.evidence[0]).toMatchObject({ value: '501234567890123', factText: expect.any(String) });
    expect(top.minimalFix).toEqual([{ path: 'promoted_object.whats_app_business_phone_number_id', op: 'add', value: '501234567890123' }]);
  });

  it('verified: token, scopes, Page, WABA, ad account, campaign and every validate_only run', () => {
    const status = Object.fromEntries(report.verified.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({
      'token.identity': 'ok',
      'token.valid': 'ok',
      'scope.ads_management': 'ok',
      'scope.pages_manage_ads': 'ok',
      'scope.whatsapp_business_management': 'warn',
      'granular.pages_manage_ads': 'ok',
      'page.whatsapp_number': 'ok',
      'page.has_whatsapp_business_number': 'ok',
      'waba.phone_numbers': 'fail',
      'ad_account.status': 'ok',
      'campaign.objective': 'ok',
      'validation.validate_api': 'fail',
      'validation.validate_ui': 'ok',
    });
    expect(report.verified.filter((c) => c.id.startsWith('validation.'))).toHaveLength(explanation.facts!.validations.length);
    expect(report.verified.find((c) => c.id === 'waba.phone_numbers')?.noteText).toMatch(/Graph error 200/);
  });

  it('fbtraceIds: the top error first, then every other one, once', () => {
    expect(report.fbtraceIds[0]).toBe('AsKfiEctM-vEtCOlrXGuwam');
    expect(report.fbtraceIds).toContain('Ay7COK51Mrr64JCSfyohFdm');
    expect(new Set(report.fbtraceIds).size).toBe(report.fbtraceIds.length);
  });

  it('round-trips through JSON and ReportSchema', () => {
    expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('does not change the explanation', async () => {
    const before = JSON.stringify(await explanationFor(SEED_B));
    buildReport(explanation, { ...META, secrets: ['501234567890123'] });
    expect(JSON.stringify(explanation)).toBe(before);
  });
});

describe('buildReport: other situations', () => {
  it('personal number: the UI fails too, its fbtrace_id is kept, has_whatsapp_business_number is a ❌', async () => {
    const report = buildReport(await explanationFor(PERSONAL), META);
    expect(report.summary.situation).toEqual({ ui: 'failed', api: 'failed' });
    expect(report.ui?.response?.error).toMatchObject({ code: 100, error_subcode: 2446885 });
    expect(report.fbtraceIds).toEqual(expect.arrayContaining(['AsKfiEctM-vEtCOlrXGuwam', 'A2T9GcvFT4w01-_Sjye2cos']));
    expect(report.verified.find((c) => c.id === 'page.has_whatsapp_business_number')?.status).toBe('fail');
    expect(report.summary.topFinding?.id).toBe('page-number-not-business');
  });

  it('user A: nothing fails, no error, file name says report', async () => {
    const report = buildReport(await explanationFor(SEED_A), META);
    expect(report.summary.situation).toEqual({ ui: 'ok', api: 'ok' });
    expect(report.summary.error).toBeNull();
    expect(report.verified.filter((c) => c.status === 'fail')).toEqual([]);
    expect(exportFileName('json', report)).toBe('ads-api-inspector-report-20261125-0812.json');
  });

  it('Russian: texts rendered in Russian, keys unchanged', async () => {
    const report = buildReport(await explanationFor(SEED_B), { ...META, locale: 'ru' });
    expect(report.locale).toBe('ru');
    expect(report.summary.error?.meaningText).toBe('требуется аккаунт WhatsApp Business');
    expect(report.summary.paragraphText).toMatch(/^В Ads Manager эта группа объявлений создаётся без ошибок/);
    expect(report.verified.find((c) => c.id === 'token.valid')?.labelText).toMatch(/Маркер действителен/);
    expect(report.summary.paragraph[0]?.key).toBe('reportSituationUiOkApiFailed');
  });

  it('only a pasted API request, no token: no UI, no facts, honest checks', async () => {
    const e = await explanationFor(SEED_B);
    const bare: Explanation = { ...e, ui: null, uiEquivalent: null, diff: null, facts: null, findings: [] };
    const report = buildReport(bare, META);
    expect(report.ui).toBeNull();
    expect(report.summary).toMatchObject({ situation: { ui: 'none', api: 'unknown' }, error: null, topFinding: null });
    expect(report.verified).toEqual([expect.objectContaining({ id: 'facts.none', status: 'warn' })]);
    expect(report.fbtraceIds).toEqual([]);
  });

  it('a dead token: the batch error (190) becomes the report error', async () => {
    const e = await explanationFor(SEED_B);
    const failure = {
      kind: 'token' as const,
      code: 190,
      subcode: 463,
      fbtraceId: 'TraceDeadToken01',
      graphError: { code: 190, error_subcode: 463, message: 'Error validating access token', fbtrace_id: 'TraceDeadToken01' },
      message: { key: 'graph_failure_token_463', subs: ['190/463'] },
      action: { key: 'graph_action_token' },
    };
    const dead: Explanation = {
      ...e,
      facts: { ...e.facts!, identity: null, token: null, permissions: null, page: null, adAccount: null, campaign: null, wabaPhoneNumbers: null, validations: [], batchErrors: [failure] },
    };
    const report = buildReport(dead, META);
    expect(report.summary.error).toMatchObject({ source: 'graph_batch', code: 190, subcode: 463, meaningText: 'the access token is invalid or expired' });
    expect(report.verified[0]).toMatchObject({ id: 'batch.0', status: 'fail' });
    expect(report.fbtraceIds[0]).toBe('TraceDeadToken01');
    expect(exportFileName('md', report)).toBe('ads-api-inspector-463-20261125-0812.md');
  });

  it('comparison (working vs failing) is passed through, scrubbed', async () => {
    const report = buildReport(await explanationFor(SEED_A), { ...META, comparison: [{ path: 'page.has_whatsapp_business_number', working: true, failing: false }] });
    expect(report.comparison).toEqual([{ path: 'page.has_whatsapp_business_number', working: true, failing: false }]);
  });

  it('rejects a version that is not a version', async () => {
    const e = await explanationFor(SEED_A);
    expect(() => buildReport(e, { ...META, toolVersion: 'latest' })).toThrow();
    expect(buildReport(e, { ...META, toolVersion: '1.2.3.4' }).tool.version).toBe('1.2.3.4');
  });
});
