import { describe, expect, it } from 'vitest';
import { validatesOk } from '../../../../lib/explain/rules';
import { ctx, facts, run } from '../context';

describe('validates-ok', () => {
  it.each([
    ['the API request passes', [run('validate_api', true)], 'cause'],
    ['it fails with 2446885', [run('validate_api', false, { error: [100, 2446885] })], 'ruled_out'],
    ['it fails with an unknown code', [run('validate_api', false, { error: [100] })], 'ruled_out'],
    ['the UI passes, the API request fails', [run('validate_api', false), run('validate_ui', true)], 'ruled_out'],
  ] as const)('%s → %s', (_name, validations, verdict) => {
    expect(validatesOk(ctx({ facts: facts({ validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it.each([
    ['no facts (no token)', null],
    ['no validation answer (batch failed)', facts()],
  ])('%s → nothing to say', (_name, f) => {
    expect(validatesOk(ctx({ facts: f }))).toBeNull();
  });

  it('a failure names the recognised error by code, whatever the language', () => {
    const f = validatesOk(ctx({ facts: facts({ validations: [run('validate_api', false, { error: [100, 1487246] })] }) }))!;
    expect(f.evidence.map((e) => e.fact.key)).toContain('explain_error_1487246');
  });
});
