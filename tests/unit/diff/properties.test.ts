import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRequests } from '../../../lib/diff';
import type { AdsetRequest } from '../../../lib/model';

const request = fc.record({
  apiVersion: fc.option(fc.constantFrom('v20.0', 'v22.0'), { nil: null }),
  adAccountId: fc.option(fc.stringMatching(/^\d{1,16}$/), { nil: null }),
  method: fc.constant('POST'),
  host: fc.constant(null),
  fields: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
  transport: fc.dictionary(fc.constantFrom('fb_dtsg', '__user', 'locale'), fc.string(), { maxKeys: 3 }),
});

describe('diff properties', () => {
  it('a request diffed with itself is all equivalent', () => {
    fc.assert(
      fc.property(request, (req: AdsetRequest) => {
        const d = diffRequests(req, structuredClone(req));
        expect(d.entries.every((e) => e.kind === 'equivalent')).toBe(true);
        expect(d.summary.only_ui + d.summary.only_api + d.summary.different).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('the same number in different formats is equivalent', () => {
    // Kazakh mobile numbers (+7 7xx): international with/without plus, spaced, dashed, 00-prefixed, trunk "8".
    const formats = [
      (d: string) => `+7${d}`,
      (d: string) => `7${d}`,
      (d: string) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
      (d: string) => `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
      (d: string) => `007${d}`,
      (d: string) => `8 ${d.slice(0, 3)} ${d.slice(3)}`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('700', '701', '702', '705', '707', '747', '771', '775', '777', '778'),
        fc.stringMatching(/^\d{7}$/),
        fc.constantFrom(...formats),
        fc.constantFrom(...formats),
        fc.boolean(),
        (prefix, rest, f, g, asJson) => {
          const digits = prefix + rest;
          const po = { page_id: '1', whatsapp_phone_number: f(digits) };
          const ui: AdsetRequest = {
            apiVersion: null, adAccountId: null, method: 'POST', host: null, transport: {},
            fields: { promoted_object: asJson ? JSON.stringify(po) : po, targeting: { geo_locations: { countries: ['KZ'] } } },
          };
          const api: AdsetRequest = { ...ui, fields: { ...ui.fields, promoted_object: { page_id: 1, whatsapp_phone_number: g(digits) } } };
          const d = diffRequests(ui, api);
          expect(d.entries.every((e) => e.kind === 'equivalent')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('diffing never throws and every path is reported once', () => {
    fc.assert(
      fc.property(request, request, (a, b) => {
        const d = diffRequests(a, b);
        const paths = d.entries.map((e) => e.path);
        expect(new Set(paths).size).toBe(paths.length);
      }),
      { numRuns: 500 },
    );
  });
});
