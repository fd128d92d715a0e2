import { describe, expect, it } from 'vitest';
import { tokenInvalid } from '../../../../lib/explain/rules';
import { ctx, facts, failure, GRANTED, src } from '../context';

const NOW = Date.UTC(2026, 0, 1);

describe('token-invalid', () => {
  it.each([
    ['the batch is refused with 190/463', facts({ identity: null, token: null, permissions: null, page: null, campaign: null, batchErrors: [failure('token', 190, 463)] }), 'cause'],
    ['me fails with 190/460', facts({ identity: { ok: false, source: src('me'), failure: failure('token', 190, 460) } }), 'cause'],
    ['debug_token says is_valid=false', facts({ token: { ok: true, source: src('debug_token'), value: { is_valid: false, scopes: [], granular_scopes: [], error: { code: 190, subcode: 467 } } } }), 'cause'],
    ['debug_token expires_at is in the past', facts({ token: { ok: true, source: src('debug_token'), value: { is_valid: true, expires_at: NOW / 1000 - 60, scopes: GRANTED, granular_scopes: [] } } }), 'cause'],
    ['me answers', facts(), 'ruled_out'],
  ] as const)('%s → %s', (_name, f, verdict) => {
    expect(tokenInvalid(ctx({ facts: f }))?.verdict).toBe(verdict);
  });

  it('the subcode meaning is Graph’s classified message', () => {
    const f = tokenInvalid(ctx({ facts: facts({ batchErrors: [failure('token', 190, 463, { message: { key: 'graph_failure_token_463', subs: ['190/463'] } })] }) }))!;
    expect(f.evidence[0]).toMatchObject({ fact: { key: 'graph_failure_token_463' }, value: 'error 190/463', source: 'graph:batch' });
  });

  it('no facts → nothing to say', () => {
    expect(tokenInvalid(ctx({ facts: null }))).toBeNull();
  });
});
