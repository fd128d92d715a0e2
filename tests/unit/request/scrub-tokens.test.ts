import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApiRequest } from '../../../lib/request';
import { DRAFT_TOKEN_PLACEHOLDER as P, scrubTokens } from '../../../lib/request/scrub-tokens';

describe('scrubTokens', () => {
  it.each([
    ['-d "access_token=EAAGabc123def456ghi789jkl0" -d "name=x"', `-d "access_token=${P}" -d "name=x"`],
    ['https://graph.facebook.com/v20.0/act_1/adsets?access_token=abc123secret&x=1', `https://graph.facebook.com/v20.0/act_1/adsets?access_token=${P}&x=1`],
    ['{"access_token": "s3cr3t-value", "name": "x"}', `{"access_token": "${P}", "name": "x"}`],
    ["-H 'Authorization: Bearer abcdefgh12345678'", `-H 'Authorization: Bearer ${P}'`],
    ['token EAAGm0PX4ZCpsBAFakeUserToken0ZDZD here', `token ${P} here`],
    [`access_token=${P}`, `access_token=${P}`],
    ['name=no+token+here', 'name=no+token+here'],
  ])('%s', (input, out) => {
    expect(scrubTokens(input)).toBe(out);
  });

  it('removes a known token wherever it is, whatever its shape', () => {
    expect(scrubTokens('x my-odd-token-123 y my-odd-token-123', ['my-odd-token-123'])).toBe(`x ${P} y ${P}`);
  });

  it('a scrubbed request still parses, and carries no token', () => {
    const curl = `curl -X POST 'https://graph.facebook.com/v20.0/act_1/adsets' -d 'access_token=EAAGm0PX4ZCpsBAFakeUserToken0ZDZD' -d 'optimization_goal=CONVERSATIONS'`;
    const parsed = parseApiRequest(scrubTokens(curl));
    expect(parsed.ok && parsed.token).toBe(null);
    expect(parsed.ok && parsed.request.fields.optimization_goal).toBe('CONVERSATIONS');
  });

  it('never leaves a known token behind (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/), fc.string(), (a, token, b) => {
        expect(scrubTokens(`${a}${token}${b}`, [token])).not.toContain(token);
      }),
      { numRuns: 2000 },
    );
  });
});
