import { describe, expect, it } from 'vitest';
import { tokenMissingScope } from '../../../../lib/explain/rules';
import { ctx, facts, GRANTED, NUMBER, PAGE, PHONE_ID, request, run, src } from '../context';

const perms = (granted: string[], declined: string[] = []) => ({ ok: true as const, source: src('permissions'), value: { granted, declined, expired: [] } });
const without = (s: string) => GRANTED.filter((g) => g !== s);
const withId = request({ page_id: PAGE, whatsapp_phone_number: NUMBER, whats_app_business_phone_number_id: PHONE_ID });

describe('token-missing-scope', () => {
  it.each([
    ['everything granted', request(), GRANTED, [run('validate_api', false)], 'ruled_out'],
    ['no ads_management, (#200)', request(), without('ads_management'), [run('validate_api', false, { error: [200] })], 'cause'],
    ['no ads_management, another error', request(), without('ads_management'), [run('validate_api', false, { error: [100] })], 'likely'],
    ['no whatsapp_business_management, (#200), the request sends the id', withId, GRANTED, [run('validate_api', false, { error: [200] })], 'likely'],
    ['no whatsapp_business_management, 2446885', withId, GRANTED, [run('validate_api', false)], 'unknown'],
    ['missing, but the request passes', request(), without('pages_manage_ads'), [run('validate_api', true)], 'ruled_out'],
  ] as const)('%s → %s', (_name, api, granted, validations, verdict) => {
    expect(tokenMissingScope(ctx({ api, facts: facts({ permissions: perms([...granted]), validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('falls back to debug_token scopes when me/permissions is unreadable; no facts → nothing', () => {
    const f = facts({ permissions: null, validations: [run('validate_api', false, { error: [200] })] });
    expect(tokenMissingScope(ctx({ facts: f }))?.verdict).toBe('ruled_out');
    expect(tokenMissingScope(ctx({ facts: null }))).toBeNull();
  });

  it('names the missing permission in the evidence and the fix', () => {
    const f = tokenMissingScope(ctx({ facts: facts({ permissions: perms(without('ads_management'), ['ads_management']), validations: [run('validate_api', false, { error: [200] })] }) }))!;
    expect(f.evidence.find((e) => e.fact.key === 'explain_ev_missing_scopes')?.value).toBe('ads_management');
    expect(f.evidence.find((e) => e.fact.key === 'explain_ev_declined_scopes')?.value).toBe('ads_management');
    expect(f.fix[0]).toEqual({ key: 'explain_fix_grant_scopes', subs: ['ads_management'] });
  });
});
