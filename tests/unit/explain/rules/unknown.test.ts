import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../lib/explain';
import { unknownFinding } from '../../../../lib/explain/rules';
import { makeFinding } from '../../../../lib/explain/make-finding';
import { ctx, facts, failure, run } from '../context';

const ruledOut = makeFinding('phone-mismatch', 'ruled_out', { detail: { key: 'x' }, evidence: [] });
const likely = makeFinding('phone-mismatch', 'likely', { detail: { key: 'x' }, evidence: [] });

describe('unknown', () => {
  it.each([
    ['nothing cause/likely, request fails', [ruledOut], facts({ validations: [run('validate_api', false, { error: [100] })] }), 'unknown'],
    ['something likely', [likely], facts({ validations: [run('validate_api', false)] }), null],
    ['the request passes', [ruledOut], facts({ validations: [run('validate_api', true)] }), null],
    ['no facts at all (no token)', [], null, 'unknown'],
  ] as const)('%s → %s', (_name, findings, f, verdict) => {
    expect(unknownFinding(ctx({ facts: f }), findings)?.verdict ?? null).toBe(verdict);
  });

  it('lists what was ruled out, the fbtrace ids, and says the network failed when it did', () => {
    const f = unknownFinding(ctx({ facts: facts({ batchErrors: [failure('network')], fbtraceIds: ['AT1'] }) }), [ruledOut])!;
    expect(f.detail.key).toBe('explain_unknown_network');
    expect(f.evidence.map((e) => e.source)).toEqual(expect.arrayContaining(['finding:phone-mismatch', 'graph:fbtrace_id', 'graph:batch']));
    expect(f.fix.map((s) => s.key)).toContain('explain_fix_network');
  });

  it('heads the ranking when nothing is proven', () => {
    const ranked = runRules(ctx({ facts: facts({ validations: [run('validate_api', false, { error: [100] })] }) }));
    expect(ranked[0]!.id).toBe('unknown');
  });
});
