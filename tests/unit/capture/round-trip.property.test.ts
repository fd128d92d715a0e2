import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeCapture } from '../../../lib/capture';
import { encodeAs, encodeBatch, toHookRequest } from '../../../testkit/encode';
import type { SubmissionEncoding } from '../../../lib/model';
import { accountId, adsetFields, apiVersion, formValue, jsonValue } from './arbitraries';
import { submissions } from './fixtures';

const session = fc.option(
  fc.record({ accessToken: fc.constant('EAABroundtriproundtripround'), userId: fc.constant('100'), fbDtsg: fc.constant('NAc:1:2'), lsd: fc.constant('AVq'), locale: fc.constant('ru_RU') }),
  { nil: undefined },
);

// Form-based encodings carry text, so scalars must be strings; JSON-based ones keep types.
const valuesFor: Record<SubmissionEncoding, fc.Arbitrary<unknown>> = {
  form: formValue,
  batch: formValue,
  json: jsonValue,
  draft_fragment: jsonValue,
  graphql: jsonValue,
};

describe('encode → decode round trip', () => {
  it.each(Object.keys(valuesFor) as SubmissionEncoding[])('%s: decoded fields deep-equal the encoded ones', (encoding) => {
    fc.assert(
      fc.property(adsetFields(valuesFor[encoding]), accountId, apiVersion, session, (fields, account, version, s) => {
        const wire = encodeAs(encoding, { fields, adAccountId: account, apiVersion: version }, { session: s, draftId: '5', parentId: '6' });
        const [sub, ...rest] = submissions(decodeCapture(toHookRequest(wire)));
        expect(rest).toEqual([]);
        expect(sub?.encoding).toBe(encoding);
        expect(sub?.request.fields).toEqual(fields);
        expect(sub?.request.adAccountId).toBe(account);
        expect(sub?.request.apiVersion).toBe(encoding === 'graphql' ? null : version);
        expect(sub?.tokenPresent).toBe(encoding !== 'graphql' && s !== undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('batch with several ad sets: one submission each, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ fields: adsetFields(formValue), adAccountId: accountId }), { minLength: 1, maxLength: 5 }), (adsets) => {
        const subs = submissions(decodeCapture(toHookRequest(encodeBatch(adsets))));
        expect(subs.map((x) => x.request.fields)).toEqual(adsets.map((a) => a.fields));
        expect(subs.map((x) => x.location)).toEqual(adsets.map((_, i) => `batch[${i}].body`));
      }),
      { numRuns: 200 },
    );
  });
});
