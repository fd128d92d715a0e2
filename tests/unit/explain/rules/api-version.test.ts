import { describe, expect, it } from 'vitest';
import { apiVersion } from '../../../../lib/explain/rules';
import { ctx, facts, request, run } from '../context';

const api = request(undefined, {}, 'v20.0');
const ui = request(undefined, {}, 'v22.0');

describe('api-version', () => {
  it.each([
    ['passes at the UI version only', ui, [run('validate_api', false), run('validate_api_at_ui_version', true)], 'cause'],
    ['Graph says the version is deprecated (2635)', ui, [run('validate_api', false, { error: [2635] })], 'cause'],
    ['fails the same at the UI version', ui, [run('validate_api', false), run('validate_api_at_ui_version', false)], 'ruled_out'],
    ['same version on both sides', request(undefined, {}, 'v20.0'), [run('validate_api', false)], 'ruled_out'],
    ['versions differ, passes anyway', ui, [run('validate_api', true)], 'ruled_out'],
  ] as const)('%s → %s', (_name, uiReq, validations, verdict) => {
    expect(apiVersion(ctx({ api, ui: uiReq, facts: facts({ validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('the proven swap is the minimal fix', () => {
    const f = apiVersion(ctx({ api, ui, facts: facts({ validations: [run('validate_api', false), run('validate_api_at_ui_version', true)] }) }))!;
    expect(f.minimalFix).toEqual([{ path: 'api_version', op: 'replace', value: 'v22.0' }]);
    expect(f.fix[0]).toEqual({ key: 'explain_fix_version', subs: ['v22.0'] });
  });

  it('no capture and no version error → nothing to say', () => {
    expect(apiVersion(ctx({ api, facts: facts({ validations: [run('validate_api', false)] }) }))).toBeNull();
  });
});
