import { describe, expect, it } from 'vitest';
import { rateLimited } from '../../../../lib/explain/rules';
import { ctx, facts, failure, run, src } from '../context';

describe('rate-limited', () => {
  it.each([
    ['the API request hits 17/2446079', facts({ validations: [run('validate_api', false, { error: [17, 2446079] })] }), 'cause'],
    ['the whole batch hits 4', facts({ batchErrors: [failure('rate_limit', 4)] }), 'cause'],
    ['only a read hits 613', facts({ identity: { ok: false, source: src('me'), failure: failure('rate_limit', 613) }, validations: [run('validate_api', false)] }), 'unknown'],
  ] as const)('%s → %s', (_name, f, verdict) => {
    expect(rateLimited(ctx({ facts: f }))?.verdict).toBe(verdict);
  });

  it('says when to retry from the usage headers, else to back off', () => {
    const timed = rateLimited(ctx({ facts: facts({ batchErrors: [failure('rate_limit', 17, 2446079, { retryAfterSeconds: 420 })] }) }))!;
    expect(timed.fix[0]).toEqual({ key: 'explain_fix_rate_wait', subs: ['7'] });
    const untimed = rateLimited(ctx({ facts: facts({ batchErrors: [failure('rate_limit', 613)] }) }))!;
    expect(untimed.fix[0]).toEqual({ key: 'explain_fix_rate_backoff' });
  });

  it('no rate limit → nothing to say', () => {
    expect(rateLimited(ctx({ facts: facts({ validations: [run('validate_api', false)] }) }))).toBeNull();
  });
});
