import { describe, expect, it } from 'vitest';
import { hiddenField } from '../../../../lib/explain/rules';
import { add, ctx, facts, NUMBER, PAGE, PHONE_ID, remove, request, run } from '../context';

const ID = 'promoted_object.whats_app_business_phone_number_id';
const api = request();
const ui = request({ page_id: PAGE, whatsapp_phone_number: '77006353580', whats_app_business_phone_number_id: PHONE_ID });

describe('hidden-field', () => {
  it.each([
    ['adding the UI id passes', [run('validate_api', false), run('validate_ui', true), run('v1', true, { changes: [add(ID, PHONE_ID)] })], 'cause'],
    ['only a pair (add id + remove number) passes', [run('validate_api', false), run('validate_ui', true), run('p', true, { changes: [add(ID, PHONE_ID), remove('promoted_object.whatsapp_phone_number')] })], 'cause'],
    ['the UI passes but no single change does', [run('validate_api', false), run('validate_ui', true), run('v1', false, { changes: [add(ID, PHONE_ID)] })], 'likely'],
    ['adding the id was tried and fails', [run('validate_api', false), run('validate_ui', false), run('v1', false, { changes: [add(ID, PHONE_ID)] })], 'ruled_out'],
    ['the API request passes without it', [run('validate_api', true)], 'ruled_out'],
    ['no experiment ran', [], 'unknown'],
  ] as const)('%s → %s', (_name, validations, verdict) => {
    expect(hiddenField(ctx({ api, ui, facts: facts({ validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('the proven change is the minimal fix, stated as a concrete step', () => {
    const f = hiddenField(ctx({ api, ui, facts: facts({ validations: [run('validate_api', false), run('v1', true, { changes: [add(ID, PHONE_ID)] })] }) }))!;
    expect(f.minimalFix).toEqual([add(ID, PHONE_ID)]);
    expect(f.fix[0]).toEqual({ key: 'explain_fix_add', subs: [ID, PHONE_ID] });
    expect(f.evidence.map((e) => e.source)).toContain(`diff:${ID}`);
  });

  it('the UI sends nothing extra → ruled out; no capture → nothing to say', () => {
    expect(hiddenField(ctx({ api, ui: request({ page_id: PAGE, whatsapp_phone_number: NUMBER }) }))?.verdict).toBe('ruled_out');
    expect(hiddenField(ctx({ api, ui: null }))).toBeNull();
  });

  it('a removal proof belongs to extra-field, not here', () => {
    const validations = [run('validate_api', false), run('validate_ui', true), run('v1', true, { changes: [remove(ID)] })];
    expect(hiddenField(ctx({ api: request({ page_id: PAGE, whatsapp_phone_number: NUMBER, whats_app_business_phone_number_id: PHONE_ID }), ui: request(), facts: facts({ validations }) }))?.verdict).not.toBe('cause');
  });
});
