import { describe, expect, it } from 'vitest';
import { pageNumberNotBusiness } from '../../../../lib/explain/rules';
import { add, ctx, facts, failure, pageFact, run, src } from '../context';

const flag = (business: boolean, has = true) => pageFact({ whatsapp_number: '+7 700 635 3580', has_whatsapp_number: has, has_whatsapp_business_number: business });

describe('page-number-not-business', () => {
  it.each([
    ['flag false, 2446885', flag(false), [run('validate_api', false, { error: [100, 2446885] })], 'cause'],
    ['no number at all, 2446885', flag(false, false), [run('validate_api', false, { error: [100, 2446885] })], 'cause'],
    ['flag false, another error', flag(false), [run('validate_api', false, { error: [100] })], 'likely'],
    ['flag false, but adding the id passes (proven elsewhere)', flag(false), [run('validate_api', false), run('v', true, { changes: [add('promoted_object.whats_app_business_phone_number_id', '5')] })], 'likely'],
    ['flag false, the request passes', flag(false), [run('validate_api', true)], 'ruled_out'],
    ['flag true, 2446885 anyway', flag(true), [run('validate_api', false, { error: [100, 2446885] })], 'ruled_out'],
  ] as const)('%s → %s', (_name, page, validations, verdict) => {
    expect(pageNumberNotBusiness(ctx({ facts: facts({ page, validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('the flag could not be read → unknown, with the steps to check by hand', () => {
    const page = pageFact({ id: '1' }, [{ source: src('page_whatsapp'), fields: ['whatsapp_number', 'has_whatsapp_number', 'has_whatsapp_business_number'], failure: failure('permission', 200) }]);
    const f = pageNumberNotBusiness(ctx({ facts: facts({ page, validations: [run('validate_api', false)] }) }))!;
    expect(f.verdict).toBe('unknown');
    expect(f.fix[0]!.key).toBe('explain_fix_check_page_flag');
  });

  it('cites the Page field and gives the relinking steps', () => {
    const f = pageNumberNotBusiness(ctx({ facts: facts({ page: flag(false), validations: [run('validate_api', false)] }) }))!;
    expect(f.evidence[0]).toMatchObject({ fact: { key: 'explain_ev_page_field', subs: ['has_whatsapp_business_number'] }, value: 'false', source: { itemId: 'page_whatsapp', field: 'has_whatsapp_business_number' } });
    expect(f.fix.map((s) => s.key)).toEqual(['explain_fix_relink_1', 'explain_fix_relink_2', 'explain_fix_relink_3', 'explain_fix_relink_4', 'explain_fix_relink_5']);
  });
});
