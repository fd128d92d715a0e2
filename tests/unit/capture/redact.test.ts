import { describe, it, expect } from 'vitest';
import { redactFormString, redactHeaders, redactJson, redactText, redactUrl } from '../../../lib/capture';

const R = '[redacted]';

describe('redactUrl', () => {
  it.each([
    ['https://graph.facebook.com/v22.0/act_1/adsets?access_token=EAAB123&locale=ru_RU', `https://graph.facebook.com/v22.0/act_1/adsets?access_token=${R}&locale=ru_RU`],
    ['https://graph.facebook.com/debug_token?input_token=abc&access_token=def', `https://graph.facebook.com/debug_token?input_token=${R}&access_token=${R}`],
    ['https://x.facebook.com/p?appsecret_proof=abc#access_token=frag', `https://x.facebook.com/p?appsecret_proof=${R}#access_token=${R}`],
    ['https://x.facebook.com/p?ACCESS_TOKEN=abc', `https://x.facebook.com/p?ACCESS_TOKEN=${R}`],
    ['https://x.facebook.com/p?access%5Ftoken=abc', `https://x.facebook.com/p?access%5Ftoken=${R}`],
    ['https://x.facebook.com/p?fb_dtsg_ag=keep&lsdx=keep', 'https://x.facebook.com/p?fb_dtsg_ag=keep&lsdx=keep'],
    ['https://x.facebook.com/p?next=https%3A%2F%2Fa%3Faccess_token%3Dzzz', 'https://x.facebook.com/p?next=https%3A%2F%2Fa%3Faccess_token%3D%5Bredacted%5D'],
    ['https://x.facebook.com/no-query', 'https://x.facebook.com/no-query'],
  ])('%s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});

describe('redactFormString', () => {
  it.each([
    ['name=A&fb_dtsg=NAc%3A1%3A2&jazoest=25873&lsd=abc', `name=A&fb_dtsg=${R}&jazoest=${R}&lsd=${R}`],
    ['a=1&b=2', 'a=1&b=2'],
    ['name=Ad+Set&access_token=EAA', `name=Ad+Set&access_token=${R}`],
    ['malformed=%E0%A4%A&access_token=x', `malformed=%E0%A4%A&access_token=${R}`],
  ])('%s', (input, expected) => {
    expect(redactFormString(input)).toBe(expected);
  });

  it('reaches into batch item bodies and relative_urls', () => {
    const batch = JSON.stringify([{ method: 'POST', relative_url: 'act_1/adsets?access_token=TOKEN1', body: 'name=x&access_token=TOKEN2&fb_dtsg=DTSG3' }]);
    const out = redactFormString(`batch=${encodeURIComponent(batch)}&include_headers=false`);
    expect(out).not.toMatch(/TOKEN1|TOKEN2|DTSG3/);
    const decoded = JSON.parse(new URLSearchParams(out).get('batch')!) as Array<{ relative_url: string; body: string }>;
    expect(decoded[0]!.relative_url).toBe(`act_1/adsets?access_token=${R}`);
    expect(decoded[0]!.body).toBe(`name=x&access_token=${R}&fb_dtsg=${R}`);
  });
});

describe('redactJson', () => {
  it('replaces secret keys at any depth and secret header pairs, keeps the rest', () => {
    expect(
      redactJson({
        access_token: 'a',
        keep: 1,
        nested: [{ Authorization: 'Bearer x', Cookie: 'c_user=1', ok: null }],
        headers: [
          { name: 'Set-Cookie', value: 'datr=abc' },
          { name: 'Content-Type', value: 'application/json' },
        ],
        text: 'see access_token=EAAB1234',
      }),
    ).toEqual({
      access_token: R,
      keep: 1,
      nested: [{ Authorization: R, Cookie: R, ok: null }],
      headers: [
        { name: 'Set-Cookie', value: R },
        { name: 'Content-Type', value: 'application/json' },
      ],
      text: `see access_token=${R}`,
    });
  });

  it('keeps __proto__ as data and cuts absurd depth', () => {
    const parsed = JSON.parse('{"__proto__":{"x":1}}') as unknown;
    const out = redactJson(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(() => JSON.stringify(redactJson(deep))).not.toThrow();
  });
});

describe('redactText', () => {
  it.each([
    ['token EAABsbCS1iHgBAFakeToken123456789 here', `token ${R} here`],
    ['{"fb_dtsg":"NAc:1:2","x":"y"}', `{"fb_dtsg":"${R}","x":"y"}`],
    ['{"jazoest": 25873}', '{"jazoest": null}'],
    ['{\\"access_token\\":\\"abc\\"}', `{\\"access_token\\":\\"${R}\\"}`],
    ["{'lsd': 'AVq'}", `{'lsd': '${R}'}`],
    ["curl -H 'Cookie: c_user=1; xs=2' -H 'Authorization: OAuth abc'", `curl -H 'Cookie: ${R}' -H 'Authorization: ${R}'`],
    ['Bearer abcdefghijkl', `Bearer ${R}`],
    ['a=1&access_token%3Dsecret%26b%3D2', `a=1&access_token%3D${R}%26b%3D2`],
    ['no secrets, jazoest-free text', 'no secrets, jazoest-free text'],
    ['EAA short', 'EAA short'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('redactHeaders', () => {
  it('redacts secret header values by name', () => {
    expect(redactHeaders({ 'x-fb-lsd': 'AVq', cookie: 'c', 'content-type': 'text/plain' })).toEqual({
      'x-fb-lsd': R,
      cookie: R,
      'content-type': 'text/plain',
    });
  });
});
