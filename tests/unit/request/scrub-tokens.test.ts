import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseApiRequest } from '../../../lib/request';
import { DRAFT_TOKEN_PLACEHOLDER as P, scrubTokens } from '../../../lib/request/scrub-tokens';
import { CODE_LANGUAGES, loadCodeReader } from '../../../lib/request/code';
import { APP_SECRET, APP_TOKEN, SDK_APP_SECRET, tokenForms } from '../../token-forms';

describe('scrubTokens', () => {
  it.each([
    ['-d "access_token=EAAGabc123def456ghi789jkl0" -d "name=x"', `-d "access_token=${P}" -d "name=x"`],
    ['https://graph.facebook.com/v20.0/act_1/adsets?access_token=abc123secret&x=1', `https://graph.facebook.com/v20.0/act_1/adsets?access_token=${P}&x=1`],
    ['{"access_token": "s3cr3t-value", "name": "x"}', `{"access_token": "${P}", "name": "x"}`],
    ["-H 'Authorization: Bearer abcdefgh12345678'", `-H 'Authorization: ${P}'`],
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

describe('the draft keeps no token in any form the parser accepts', () => {
  // SDK code is read by grammars loaded on demand (the popup loads them before it keeps a draft).
  beforeAll(() => Promise.all(CODE_LANGUAGES.map(loadCodeReader)));
  const USER_TOKEN = 'EAAGm0PX4ZCpsBAFakeUserToken0ZDZD';
  const cases = [APP_TOKEN, USER_TOKEN].flatMap((token) => tokenForms(token).map(([form, input]) => [form, token, input] as const));
  it.each(cases)('%s (%s)', (_form, token, input) => {
    const parsed = parseApiRequest(input);
    expect(parsed.ok && parsed.token).toBe(token);
    const draft = scrubTokens(input);
    const secret = token === APP_TOKEN ? APP_SECRET : token;
    for (const form of [secret, encodeURIComponent(secret), [...secret].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')]) {
      expect(draft).not.toContain(form);
    }
    expect(draft).not.toContain(SDK_APP_SECRET);
    expect(draft).not.toMatch(/\\u0030\\u0031\\u0032|\\u0045\\u0041\\u0041/);
    // Still the same request, now without a token.
    const again = parseApiRequest(draft);
    expect(again.ok).toBe(true);
    if (again.ok && parsed.ok) {
      expect(again.token).toBeNull();
      expect(again.request.fields).toEqual(parsed.request.fields);
    }
  });

  it('reports where the token sits, and nothing else', () => {
    const input = `curl 'https://graph.facebook.com/v20.0/act_1/adsets' -H 'authorization: bearer ${APP_TOKEN}' -d name=x`;
    const parsed = parseApiRequest(input);
    expect(parsed.ok && parsed.secretSpans?.map(([s, e]) => input.slice(s, e))).toEqual([APP_TOKEN]);
  });
});
