import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../lib/model';
import { verifiedChecks } from '../../../lib/report/verified-checks';
import { explanationFor, SEED_B } from './fixtures';

const facts = (await explanationFor(SEED_B)).facts!;
const source = { itemId: 'x', method: 'GET', relativeUrl: 'x', round: 1 };
const permissionFailure = { kind: 'permission' as const, code: 200, message: { key: 'graph_failure_permission', subs: ['200'] }, action: { key: 'graph_action_permission' } };

/** Status and English label of each check, by id. */
function checks(f: Facts) {
  return Object.fromEntries(verifiedChecks(f, 'en').map((c) => [c.id, `${c.status}: ${c.labelText}${c.noteText ? ` — ${c.noteText}` : ''}`]));
}

describe('verifiedChecks', () => {
  it('granular scope limited to another Page: ❌ naming both', () => {
    const f = structuredClone(facts);
    if (f.token?.ok) f.token.value.granular_scopes = [{ scope: 'pages_manage_ads', target_ids: ['111', '222'] }];
    expect(checks(f)['granular.pages_manage_ads']).toBe('fail: pages_manage_ads does not cover 734116649781310: it is limited to 111, 222.');
  });

  it('debug_token unavailable: ⚠️ token unknown and granular scopes unknown, scopes from me/permissions', () => {
    const f = structuredClone(facts);
    f.token = { ok: false, source, failure: { ...permissionFailure, code: 100, kind: 'invalid_param', message: { key: 'graph_failure_invalid_param', subs: ['100'] } } };
    const c = checks(f);
    expect(c['token.debug']).toMatch(/^warn: debug_token could not be read/);
    expect(c.granular).toMatch(/^warn: Granular scopes are unknown/);
    expect(c['scope.pages_manage_ads']).toBe('ok: Permission pages_manage_ads is granted.');
  });

  it('a declined and a missing permission are ❌; a missing helpful one ⚠️', () => {
    const f = structuredClone(facts);
    f.token = null;
    f.permissions = { ok: true, source, value: { granted: ['ads_management'], declined: ['pages_manage_ads'], expired: [] } };
    const c = checks(f);
    expect(c['scope.pages_manage_ads']).toBe('fail: Permission pages_manage_ads was declined by the user.');
    expect(c['scope.pages_read_engagement']).toBe('fail: Permission pages_read_engagement is not granted.');
    expect(c['scope.business_management']).toMatch(/^warn: /);
  });

  it('expiring token, inactive ad account, unusual objective, personal number, readable WABA numbers', () => {
    const f = structuredClone(facts);
    if (f.token?.ok) f.token.value.expires_at = Date.UTC(2026, 11, 31, 23, 0) / 1000;
    f.adAccount!.fields.account_status = 2;
    f.campaign!.fields.objective = 'OUTCOME_AWARENESS';
    f.page!.fields.has_whatsapp_business_number = false;
    f.wabaPhoneNumbers = { ok: true, source, value: [{ id: '501234567890123', display_phone_number: '+7 700 635 3580', verified_name: 'Select Phuket', status: 'CONNECTED' }] };
    const c = checks(f);
    expect(c['token.valid']).toBe('ok: The token is valid (type USER) and expires 2026-12-31 23:00 UTC.');
    expect(c['ad_account.status']).toBe('fail: Ad account act_1187654321098765 is not active: account_status 2 (DISABLED).');
    expect(c['campaign.objective']).toMatch(/^warn: Campaign 120234472620180097: objective OUTCOME_AWARENESS; check/);
    expect(c['page.has_whatsapp_business_number']).toMatch(/^fail: .*has_whatsapp_business_number = false/);
    expect(c['waba.phone_numbers']).toBe('ok: WhatsApp Business account 792684993372941: phone numbers readable: +7 700 635 3580 [id 501234567890123, Select Phuket, CONNECTED].');
  });

  it('an unreadable Page field is ⚠️ with the Graph failure, not a ❌', () => {
    const f = structuredClone(facts);
    delete f.page!.fields.has_whatsapp_business_number;
    f.page!.errors = [{ source, fields: ['has_whatsapp_business_number'], failure: permissionFailure }];
    expect(checks(f)['page.has_whatsapp_business_number']).toBe(
      'warn: Page 734116649781310 (Select Phuket): has_whatsapp_business_number could not be read with this token. — The token is not allowed to do this (Graph error 200).',
    );
  });

  it('a validate_only run without an answer is ⚠️', () => {
    const f = structuredClone(facts);
    f.validations = [{ ...f.validations[0]!, ok: false, error: undefined, failure: { kind: 'network', message: { key: 'graph_failure_network' }, action: { key: 'graph_action_network' } } }];
    expect(checks(f)['validation.validate_api']).toBe('warn: validate_only, Your API request as is: no answer. — Could not reach graph.facebook.com.');
  });
});
