import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../lib/explain/explanation';
import { buildReport, isSecretLikeName, scrubSecrets, toCurlExport, toMarkdown } from '../../../lib/report';
import { explanationFor, META, PERSONAL, SEED_B } from './fixtures';

const base = await explanationFor(SEED_B);
const personal = await explanationFor(PERSONAL);

/** Every string anywhere in a value (keys included), so a secret cannot hide behind JSON escaping. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  }
  return out;
}

function expectAbsent(secret: string, ...outputs: unknown[]): void {
  for (const o of outputs) {
    const all = typeof o === 'string' ? [o] : [JSON.stringify(o), ...strings(o)];
    for (const s of all) expect(s.includes(secret), `secret found in: ${s.slice(0, 200)}`).toBe(false);
  }
}

/** The places a token may leak into an Explanation: transports, answers, facts, findings, diff, free text. */
const PLACES: ((e: Explanation, s: string) => void)[] = [
  (e, s) => (e.api.request.transport.x_custom = s),
  (e, s) => (e.api.request.transport.access_token = s),
  (e, s) => (e.ui!.request.transport.lsd = s),
  (e, s) => (e.ui!.url = `${e.ui!.url}&token=${encodeURIComponent(s)}`),
  (e, s) => (e.ui!.response!.body = { data: [{ note: `token ${s} here`, nested: { deep: [s] } }] }),
  (e, s) => (e.ui!.response!.error = { code: 100, message: `bad ${s}`, fbtrace_id: 'TraceSecret01' }),
  (e, s) => (e.facts!.page!.fields.name = `Page ${s}`),
  (e, s) => (e.facts!.validations[0]!.error = { ...e.facts!.validations[0]!.error, message: s, error_user_msg: `"${s}"` }),
  (e, s) => (e.facts!.validations[0]!.source.relativeUrl = `act_1/adsets?input_token=${s}`),
  (e, s) => (e.facts!.batchErrors = [{ kind: 'unknown', message: { key: 'graph_failure_unknown', subs: [s] }, action: { key: 'graph_action_unknown' } }]),
  (e, s) => (e.findings[0]!.evidence[0]!.value = s),
  (e, s) => (e.findings[0]!.detail = { key: 'explain_x', subs: [`see ${s}`] }),
  (e, s) => (e.findings[0]!.fix = [{ key: 'explain_fix_add', subs: ['promoted_object.x', s] }]),
  (e, s) => (e.uiEquivalent!.fields.name = s),
  (e, s) => (e.api.request.fields.promoted_object = { page_id: '1', note: s }),
  (e, s) => (e.api.request.fields[s] = 'key is the secret'),
  (e, s) => (e.diff!.entries[0]!.ui = s),
  (e, s) => (e.facts!.page!.fields.cookie = `c_user=1; xs=${s}`),
];

function inject(source: Explanation, secret: string, places: number[]): Explanation {
  const e = structuredClone(source);
  for (const i of places) PLACES[i % PLACES.length]!(e, secret);
  return e;
}

function exportsOf(e: Explanation, secret: string) {
  const report = buildReport(e, { ...META, secrets: [secret] });
  return { report, md: toMarkdown(report, 'en'), mdRu: toMarkdown(report, 'ru'), curl: toCurlExport(report), curlApi: toCurlExport(report.api.request) };
}

describe('no secret leaves an export', () => {
  it('a unique secret in every place at once: gone from the JSON, the Markdown (both languages) and the cURL', () => {
    const secret = 'S3cretUserTok_9f8e7d6c5b4a';
    const injected = inject(base, secret, PLACES.map((_, i) => i));
    // Not vacuous: without the caller's secret list, a non-EAA secret in free text does survive.
    expect(JSON.stringify(buildReport(injected, META))).toContain(secret);
    const { report, md, mdRu, curl, curlApi } = exportsOf(injected, secret);
    expectAbsent(secret, report, md, mdRu, curl, curlApi);
    expect(report.api.request.transport.x_custom).toBe('[redacted]');
    expect(report.findings[0]!.evidence[0]!.value).toBe('[redacted]');
  });

  it('a different secret per place: each one gone', () => {
    const secrets = PLACES.map((_, i) => `UniqueSecret${i}_${'x'.repeat(i)}Zq`);
    const e = structuredClone(base);
    PLACES.forEach((place, i) => place(e, secrets[i]!));
    const report = buildReport(e, { ...META, secrets });
    for (const s of secrets) expectAbsent(s, report, toMarkdown(report, 'en', { secrets }), toCurlExport(report, { secrets }));
  });

  it('EAA… tokens and secret-named fields are removed even when the caller passes no secrets', () => {
    const token = 'EAAGm0PX4ZCpsBAUnknownToTheCaller1234567890';
    const e = inject(base, token, [0, 4, 6, 10, 13]);
    e.api.request.fields.appsecret_proof = 'deadbeefcafebabe';
    (e.ui!.response!.body as Record<string, unknown>).headers = [{ name: 'Set-Cookie', value: 'xs=abcdef123456' }];
    const report = buildReport(e, META);
    expectAbsent(token, report, toMarkdown(report), toCurlExport(report), toCurlExport(report.api.request));
    expectAbsent('deadbeefcafebabe', report, toMarkdown(report), toCurlExport(report.api.request));
    expectAbsent('xs=abcdef123456', report, toMarkdown(report));
  });

  it('the placeholders stay: {access_token} in the Markdown, "$ACCESS_TOKEN" in the cURL', () => {
    const report = buildReport(base, { ...META, secrets: ['S3cretUserTok_9f8e7d6c5b4a'] });
    expect(toMarkdown(report)).toContain('"access_token": "{access_token}"');
    expect(toCurlExport(report)).toContain('-d "access_token=$ACCESS_TOKEN"');
  });

  // Token-shaped secrets (base64url-ish, as Meta's are), with a marker so they cannot occur by chance in the
  // report's own text; inserted in a random subset of places of a random scenario.
  const secretArb = fc
    .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/='.split('')), minLength: 8, maxLength: 60 })
    .map((s) => `Zq${s}`);
  it('property: a random secret in random places never appears in JSON.stringify(report), toMarkdown or the cURL', () => {
    fc.assert(
      fc.property(secretArb, fc.uniqueArray(fc.nat(PLACES.length - 1), { minLength: 1, maxLength: PLACES.length }), fc.boolean(), (secret, places, ru) => {
        const { report, md, mdRu, curl, curlApi } = exportsOf(inject(ru ? personal : base, secret, places), secret);
        expectAbsent(secret, report, md, mdRu, curl, curlApi);
      }),
      { numRuns: 60 },
    );
  });
});

describe('scrubSecrets', () => {
  it.each([
    ['access_token', true],
    ['accessToken', true],
    ['Access-Token', true],
    ['X-FB-LSD', true],
    ['fb_dtsg', true],
    ['Cookie', true],
    ['authorization', true],
    ['input_token', true],
    ['appsecret_proof', true],
    ['jazoest', true],
    ['token', false],
    ['tokenFound', false],
    ['tokenPresent', false],
    ['page_id', false],
  ])('isSecretLikeName(%s) = %s', (name, expected) => {
    expect(isSecretLikeName(name)).toBe(expected);
  });

  it('deep copy, input untouched, idempotent; __proto__ stays a plain key', () => {
    const input = JSON.parse('{"a":{"accessToken":"x","list":["EAAB1234567890abcdefghijKLMN"]},"__proto__":{"polluted":"mysecret12"}}') as Record<string, unknown>;
    const once = scrubSecrets(input, ['mysecret12']);
    expect(once).toEqual(JSON.parse('{"a":{"accessToken":"[redacted]","list":["[redacted]"]},"__proto__":{"polluted":"[redacted]"}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((input.a as Record<string, unknown>).accessToken).toBe('x');
    expect(scrubSecrets(once, ['mysecret12'])).toEqual(once);
  });

  it('removes URL-encoded and JSON-escaped forms of a secret; ignores secrets too short to be tokens', () => {
    const secret = 'a b+c/d"e&f';
    const out = scrubSecrets(
      { url: `x?t=${encodeURIComponent(secret)}`, form: `t=${encodeURIComponent(secret).replace(/%20/g, '+')}`, json: JSON.stringify({ t: secret }), id: '1234' },
      [secret, '1234'],
    );
    expect(out).toEqual({ url: 'x?t=[redacted]', form: 't=[redacted]', json: '{"t":"[redacted]"}', id: '1234' });
  });

  it('a replacement cannot rebuild the secret from "[redacted]" and its neighbours', () => {
    const secret = 'd]abcdefgh';
    expect(JSON.stringify(scrubSecrets({ s: `${secret}abcdefgh` }, [secret]))).not.toContain(secret);
  });
});
