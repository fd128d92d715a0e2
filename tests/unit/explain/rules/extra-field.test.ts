import { describe, expect, it } from 'vitest';
import { extraField } from '../../../../lib/explain/rules';
import { add, ctx, facts, NUMBER, PAGE, PHONE_ID, remove, request, run } from '../context';

const ID = 'promoted_object.whats_app_business_phone_number_id';
const both = request({ page_id: PAGE, whatsapp_phone_number: NUMBER, whats_app_business_phone_number_id: PHONE_ID });

describe('extra-field', () => {
  it.each([
    ['removing the id passes', both, request(), [run('validate_api', false, { error: [100, 2446886] }), run('v', true, { changes: [remove(ID)] })], 'cause'],
    ['2446886 with the id sent, nothing removed yet', both, null, [run('validate_api', false, { error: [100, 2446886] })], 'likely'],
    ['removing was tried and fails', both, request(), [run('validate_api', false), run('v', false, { changes: [remove(ID)] })], 'ruled_out'],
    ['passes with the extra field', both, request(), [run('validate_api', true)], 'ruled_out'],
    ['nothing extra', request(), request(), [run('validate_api', false)], 'ruled_out'],
    ['extra field, not tested', both, request(), [], 'unknown'],
  ] as const)('%s → %s', (_name, api, ui, validations, verdict) => {
    expect(extraField(ctx({ api, ui, facts: facts({ validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('an add proof is not claimed here', () => {
    const validations = [run('validate_api', false), run('v', true, { changes: [add(ID, PHONE_ID)] })];
    expect(extraField(ctx({ api: request(), ui: both, facts: facts({ validations }) }))?.verdict).not.toBe('cause');
  });

  it('states the removal as the minimal fix', () => {
    const f = extraField(ctx({ api: both, ui: request(), facts: facts({ validations: [run('validate_api', false), run('v', true, { changes: [remove(ID)] })] }) }))!;
    expect(f.minimalFix).toEqual([remove(ID)]);
    expect(f.fix[0]).toEqual({ key: 'explain_fix_remove', subs: [ID] });
  });
});
