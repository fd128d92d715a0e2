import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADSET_FIELDS, SECRET_FIELDS, TRANSPORT_FIELDS, type AdsetRequest } from '../../../lib/model';
import { parseApiRequest, parseHar, toCurl } from '../../../lib/request';

const NASTY = [..."'\"\\$`\n\r\t !#&=+%;|<>{}[]^~@*?()", '\0', 'é', '日', '😀', 'a', 'Z', '0', '7', ' ', '\u00a0', '\u2028'];
const nasty = fc.oneof(fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

describe('parseApiRequest never throws', () => {
  const prefixes = ['', 'curl ', 'curl -X POST ', '{', '[', 'POST ', 'POST act_1/adsets\n', 'params = {', 'name=', '{"log":', "$'", '^"'];
  it('on arbitrary strings (with format-like prefixes)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.oneof(nasty, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 50 })), (prefix, rest) => {
        const r = parseApiRequest(prefix + rest);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.key).toMatch(/^request[A-Z]/);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseHar on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(Array.isArray(parseHar(JSON.stringify({ log: { entries: [v, { request: v }] } })))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toCurl → parseApiRequest round-trips', () => {
  // Field names a request can carry: known string fields, unknown ones (also weird), never transport/secret names.
  const fieldName = fc
    .oneof(fc.constantFrom('name', 'status', 'daily_budget', 'custom_thing', 'ключ', 'a b', 'x=y', 'p&q', '%41'), nasty)
    .filter((k) => k.length > 0 && !TRANSPORT_FIELDS.has(k) && !SECRET_FIELDS.has(k) && k !== 'access_token')
    .filter((k) => !['object', 'array'].includes(ADSET_FIELDS[k]?.type ?? ''));
  // Unknown fields whose text plainly is JSON are decoded on purpose (form bodies carry objects that way).
  const scalarValue = nasty.filter((v) => !/^\s*[[{]/.test(v));
  const objectValue = fc.dictionary(nasty, fc.oneof(nasty, fc.integer(), fc.boolean(), fc.array(nasty, { maxLength: 3 })), { maxKeys: 4 });

  const request = fc.record({
    apiVersion: fc.option(fc.integer({ min: 2, max: 30 }).map((n) => `v${n}.0`), { nil: null }),
    adAccountId: fc.option(fc.bigInt({ min: 1n, max: 10n ** 17n }).map(String), { nil: null }),
    method: fc.constant('POST'),
    host: fc.constantFrom('graph.facebook.com', 'adsmanager-graph.facebook.com'),
    fields: fc
      .tuple(fc.dictionary(fieldName, scalarValue, { minKeys: 1, maxKeys: 6 }), fc.option(objectValue), fc.option(objectValue))
      .map(([scalars, po, t]) => ({ ...scalars, ...(po ? { promoted_object: po } : {}), ...(t ? { targeting: t } : {}) })),
    transport: fc.constant({}),
  });

  it('for generated requests with nasty strings', () => {
    fc.assert(
      fc.property(request, (req: AdsetRequest) => {
        const r = parseApiRequest(toCurl(req));
        if (!r.ok) throw new Error(JSON.stringify(r));
        expect(r.token).toBeNull();
        expect(r.request).toEqual(req);
      }),
      { numRuns: 1000 },
    );
  });

  it('with an explicit nasty token', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^EAA[A-Za-z0-9]{20,60}$/), (token) => {
        const r = parseApiRequest(toCurl({ apiVersion: 'v20.0', adAccountId: '1', method: 'POST', host: null, fields: { name: 'x' }, transport: {} }, { token }));
        expect(r).toMatchObject({ ok: true, token });
      }),
      { numRuns: 200 },
    );
  });
});
