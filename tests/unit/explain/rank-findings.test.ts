import { describe, expect, it } from 'vitest';
import { rankFindings } from '../../../lib/explain';
import { makeFinding } from '../../../lib/explain/make-finding';
import type { FindingId, Verdict } from '../../../lib/model';

const f = (id: FindingId, verdict: Verdict, fix?: number) =>
  makeFinding(id, verdict, { detail: { key: 'x' }, evidence: [], ...(fix ? { minimalFix: Array.from({ length: fix }, (_, i) => ({ path: `p${i}`, op: 'add' as const, value: i })) } : {}) });
const order = (list: ReturnType<typeof f>[]) => rankFindings(list).map((x) => `${x.id}:${x.verdict}`);

describe('rankFindings', () => {
  it.each([
    ['cause > likely > unknown > ruled_out', [f('phone-mismatch', 'ruled_out'), f('page-access', 'unknown'), f('objective-mismatch', 'likely'), f('page-number-not-business', 'cause')], ['page-number-not-business:cause', 'objective-mismatch:likely', 'page-access:unknown', 'phone-mismatch:ruled_out']],
    ['validate_only-proven causes first', [f('page-number-not-business', 'cause'), f('hidden-field', 'cause', 1)], ['hidden-field:cause', 'page-number-not-business:cause']],
    ['fewer changes first', [f('hidden-field', 'cause', 2), f('extra-field', 'cause', 1)], ['extra-field:cause', 'hidden-field:cause']],
    ['the unknown summary heads the unknowns', [f('hidden-field', 'unknown'), f('unknown', 'unknown')], ['unknown:unknown', 'hidden-field:unknown']],
    ['blockers head unproven causes', [f('page-access', 'cause'), f('token-invalid', 'cause')], ['token-invalid:cause', 'page-access:cause']],
  ] as const)('%s', (_name, list, expected) => {
    expect(order([...list])).toEqual(expected);
  });
});
