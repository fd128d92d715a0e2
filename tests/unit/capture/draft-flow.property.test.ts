import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { assembleAdsets, decodeCapture } from '../../../lib/capture';
import { batchAnswer, encodeBatchedCall, encodeDraftFragment, encodeDraftUpdate, toHookRequest } from '../../../testkit/encode';
import { diffRequests } from '../../../lib/diff';
import type { AdsetRequest } from '../../../lib/model';
import { accountId, adsetFields, apiVersion, jsonValue } from './arbitraries';

const FRAGMENT = '23853110000000099';

describe('draft flow round trip (adsDraftEncodeFragmentValues’ rule)', () => {
  it('any ad set spec, created in a batched call and updated, assembles to the same spec with zero differences against the same API request', () => {
    fc.assert(
      fc.property(
        adsetFields(jsonValue),
        accountId,
        apiVersion,
        fc.nat(),
        fc.array(jsonValue, { maxLength: 4 }),
        fc.boolean(),
        (spec, account, version, cut, stale, bookkeeping) => {
          // The create carries the first keys and stale values for some later ones; the update sets the rest.
          const keys = Object.keys(spec);
          const split = cut % (keys.length + 1);
          const createFields: Record<string, unknown> = {};
          const updateFields: Record<string, unknown> = {};
          keys.forEach((k, i) => {
            if (i < split) createFields[k] = spec[k];
            else {
              if (i - split < stale.length) createFields[k] = stale[i - split];
              updateFields[k] = spec[k];
            }
          });
          const draft = { draftId: '5', parentId: '6', bookkeeping, actingBusinessId: '777' };
          const create = encodeBatchedCall([encodeDraftFragment({ fields: createFields, adAccountId: account, apiVersion: version }, draft)]);
          const captures = decodeCapture(toHookRequest(create, { response: { status: 200, body: batchAnswer([{ id: FRAGMENT }]) } }), { id: 'c', now: 1 });
          if (Object.keys(updateFields).length > 0) {
            const update = encodeDraftUpdate(FRAGMENT, updateFields, { draftId: '5', apiVersion: version, actingBusinessId: '777' });
            captures.push(...decodeCapture(toHookRequest(update, { response: { status: 200, body: { success: true } } }), { id: 'u', now: 2 }));
          }
          const list = assembleAdsets(captures);
          expect(list).toHaveLength(1);
          const ui = list[0]!.submission.request;
          // The parent stands for the campaign only when the spec names none.
          const expected = Object.hasOwn(spec, 'campaign_id') ? spec : { ...spec, campaign_id: '6' };
          expect(ui.fields).toEqual(expected);
          const api: AdsetRequest = { apiVersion: version, adAccountId: account, method: 'POST', host: 'graph.facebook.com', fields: expected, transport: {} };
          expect(diffRequests(ui, api).entries.filter((e) => e.kind !== 'equivalent')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
