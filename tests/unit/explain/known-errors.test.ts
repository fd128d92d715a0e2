import { describe, expect, it } from 'vitest';
import { recogniseError } from '../../../lib/explain';

describe('recogniseError: by code/subcode, never by text', () => {
  it.each([
    [100, 2446885, 'explain_error_2446885', 'page-number-not-business'],
    [100, 2446886, 'explain_error_2446886', 'extra-field'],
    [100, 1487246, 'explain_error_1487246', 'phone-mismatch'],
    [100, 33, 'explain_error_100_33', 'page-access'],
    [190, 463, 'explain_error_190', 'token-invalid'],
    [102, undefined, 'explain_error_190', 'token-invalid'],
    [2635, undefined, 'explain_error_2635', 'api-version'],
    [17, 2446079, 'explain_error_rate_limit', 'rate-limited'],
    [613, 1487742, 'explain_error_rate_limit', 'rate-limited'],
    [80004, undefined, 'explain_error_rate_limit', 'rate-limited'],
    [200, undefined, 'explain_error_permission', 'token-missing-scope'],
    [10, undefined, 'explain_error_permission', 'token-missing-scope'],
    [100, 2490408, 'graph_meaning_2490408', 'objective-mismatch'],
    [100, 3858161, 'graph_meaning_3858161', 'phone-mismatch'],
  ] as const)('%s/%s → %s', (code, subcode, key, related) => {
    const k = recogniseError({ code, ...(subcode !== undefined ? { subcode } : {}) })!;
    expect(k.meaning.key).toBe(key);
    expect(k.related).toContain(related);
  });

  it('a code without a known subcode falls back to its family row', () => {
    expect(recogniseError({ code: 100, subcode: 999 })?.meaning.key).toBe('graph_meaning_100');
    expect(recogniseError({ code: 1 })?.meaning.key).toBe('graph_meaning_server');
  });

  it.each([[{ code: 999 }], [{ code: 3000, subcode: 1 }], [{}], [null]])('%j → unknown', (e) => {
    expect(recogniseError(e)).toBeNull();
  });
});
