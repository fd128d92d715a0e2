import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRequests, DiffSchema } from '../../../lib/diff';
import type { AdsetRequest } from '../../../lib/model';
import { expectBounded, fuzz, jsonSize, withinDeadline } from './guard';

/**
 * diffRequests compares a captured UI request with the user's API request, both built from untrusted text: any
 * shapes (nested objects, arrays, JSON strings, phone-like strings in any field) diff without throwing, quickly,
 * into a valid Diff whose size is bounded by the inputs'.
 */

const phoneLike = fc.oneof(
  fc.stringMatching(/^\+?[78]?[ (-]?\d{3}[) -]?\d{3}[ -]?\d{2}[ -]?\d{2}$/),
  fc.constantFrom('+77006353580', '77006353580', '8 700 635 3580', '007 700 635 35 80', '+7', '+', '0', '+999999999999999999999', '+1 (555) 010-0000 ext. 7', '٠٧٧٠٠'),
  fc.string({ unit: fc.constantFrom(...'+0123456789 ()-.x'), maxLength: 30 }),
);
// NaN included: it once made sameValue recurse forever (see the regression below).
const scalar = fc.oneof(fc.string({ maxLength: 20 }), phoneLike, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom('page_id', 'whatsapp_phone_number', 'whats_app_business_phone_number_id', 'countries', 'geo_locations', 'id'), fc.string({ maxLength: 8 })), tie('v'), { maxKeys: 5 }),
  ),
})).v;
/** Field values as requests carry them: plain, or objects sent as JSON strings (form bodies). */
const fieldValue = fc.oneof(value, value.map((v) => JSON.stringify(v) ?? 'null'));
const KNOWN = ['promoted_object', 'targeting', 'destination_type', 'optimization_goal', 'billing_event', 'daily_budget', 'name', 'status', 'campaign_id', 'bid_amount'];
const fields = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN), fc.string({ minLength: 1, maxLength: 12 })), fieldValue, { maxKeys: 10 });

const request: fc.Arbitrary<AdsetRequest> = fc.record({
  apiVersion: fc.option(fc.oneof(fc.constantFrom('v20.0', 'v22.0', 'v9.0'), fc.string({ maxLength: 6 })), { nil: null }),
  adAccountId: fc.option(fc.oneof(fc.stringMatching(/^\d{1,16}$/), fc.string({ maxLength: 6 })), { nil: null }),
  method: fc.constantFrom('POST', 'GET'),
  host: fc.option(fc.constantFrom('graph.facebook.com', 'adsmanager-graph.facebook.com'), { nil: null }),
  fields,
  transport: fc.dictionary(fc.constantFrom('fb_dtsg', '__user', 'locale', 'access_token'), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
});
/** A pair that shares most of its fields, so deep comparisons (not only presence) are exercised. */
const relatedPair = fc.tuple(request, fields, fc.subarray(KNOWN)).map(([ui, extra, dropped]): [AdsetRequest, AdsetRequest] => {
  const apiFields = { ...ui.fields, ...extra };
  for (const k of dropped) delete apiFields[k];
  return [ui, { ...ui, fields: apiFields }];
});

function check(ui: AdsetRequest, api: AdsetRequest, accountCountry?: string): void {
  const d = withinDeadline('diffRequests', () => diffRequests(ui, api, accountCountry ? { accountCountry } : {}));
  expect(DiffSchema.safeParse(d).success).toBe(true);
  expectBounded(d, jsonSize(ui) + jsonSize(api), 40);
}

describe('fuzz: diffRequests', () => {
  it('unrelated generated requests', () => fuzz([request, request, fc.option(fc.constantFrom('KZ', 'RU', 'US', 'XX', ''), { nil: undefined })], check));
  it('related requests (shared fields, some changed or dropped)', () => fuzz([relatedPair], ([ui, api]) => check(ui, api)));
  it('a request diffed with its own copy is all equivalent', () =>
    fuzz([request], (req) => {
      const d = withinDeadline('diffRequests', () => diffRequests(req, structuredClone(req)));
      expect(d.entries.filter((e) => e.kind !== 'equivalent')).toEqual([]);
    }));
});

describe('fuzz findings', () => {
  // Found by this suite and fixed: sameValue compared the JSON-decoded value with `!==`, and NaN !== NaN recursed
  // until the stack overflowed.
  it('a NaN field value compares equal to itself', () => {
    const req: AdsetRequest = { apiVersion: null, adAccountId: null, method: 'POST', host: null, fields: { bid_amount: NaN }, transport: {} };
    expect(() => diffRequests(req, structuredClone(req))).not.toThrow();
  });
});
