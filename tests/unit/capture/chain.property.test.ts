import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assembleChains, decodeCapture } from '../../../lib/capture';
import type { AdLevel, Capture } from '../../../lib/model';
import {
  batchAnswer,
  encodeBatch,
  encodeBatchedCall,
  encodeDraftPublish,
  encodeForm,
  encodeJson,
  encodeMultiFragments,
  publishAnswer,
  toHookRequest,
  type ObjectOnWire,
} from '../../../testkit/encode';
import { accountId, fieldName, formValue, jsonValue } from './arbitraries';

// The members that tie the chain together are set by the test, not drawn.
const LINKS = new Set(['creative', 'campaign_id', 'adset_id', 'id', 'creative_id', 'name']);
// Every object has a name (Graph requires one at each level; an empty POST is no object).
const fields = (value: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.string({ maxLength: 20 }), fc.dictionary(fieldName.filter((k) => !LINKS.has(k)), value, { maxKeys: 5 })).map(([name, rest]) => ({ name, ...rest }));
/** A creative written inline: always a spec (`object_story_spec`), never only an id. */
const creativeSpec = (value: fc.Arbitrary<unknown>) =>
  fc.tuple(fields(value), fc.stringMatching(/^[1-9][0-9]{5,15}$/)).map(([rest, page]) => ({ ...rest, object_story_spec: { page_id: page, link_data: { call_to_action: { type: 'WHATSAPP_MESSAGE', value: { app_destination: 'WHATSAPP' } } } } }));

const ERROR = { message: 'Invalid parameter', type: 'OAuthException', code: 100, error_subcode: 2446885 };
const BLAMED = { ...ERROR, error_data: { blame_field_specs: [['creative', 'object_story_spec']] } };
const LEVELS: AdLevel[] = ['campaign', 'adset', 'ad', 'creative'];
const ids = { campaign: '120200000000000001', adset: '120200000000000002', ad: '120200000000000003' };

interface Drawn {
  campaign: Record<string, unknown>;
  adset: Record<string, unknown>;
  ad: Record<string, unknown>;
  creative: Record<string, unknown>;
  /** The level whose answer fails (the creative through its ad's blamed error), or none. */
  failing: AdLevel | null;
  account: string;
}

const drawn = (value: fc.Arbitrary<unknown>) =>
  fc.record({
    campaign: fields(value),
    adset: fields(value),
    ad: fields(value),
    creative: creativeSpec(value),
    failing: fc.constantFrom<AdLevel | null>(null, ...LEVELS),
    account: accountId,
  });

function errorOf(d: Drawn, level: AdLevel): unknown {
  if (d.failing === 'creative' && level === 'ad') return BLAMED;
  return d.failing === level ? ERROR : null;
}

/**
 * Ads Manager's direct writes, one request per object (form or JSON), linked by the ids the answers gave. A write
 * that fails gives no id to build on: nothing after it is sent.
 */
function directPosts(d: Drawn, json: boolean): Capture[] {
  const encode = json ? encodeJson : encodeForm;
  const objects: Array<[ObjectOnWire, AdLevel]> = [
    [{ level: 'campaign', fields: d.campaign, adAccountId: d.account }, 'campaign'],
    [{ fields: { ...d.adset, campaign_id: ids.campaign, optimization_goal: 'CONVERSATIONS' }, adAccountId: d.account }, 'adset'],
    [{ level: 'ad', fields: { ...d.ad, adset_id: ids.adset, creative: d.creative }, adAccountId: d.account }, 'ad'],
  ];
  const sent = objects.slice(0, objects.findIndex(([, level]) => errorOf(d, level)) + 1 || objects.length);
  return sent.flatMap(([o, level], i) => {
    const error = errorOf(d, level);
    const body = error ? { error } : { id: ids[level as keyof typeof ids] };
    return decodeCapture(toHookRequest(encode(o), { response: { status: error ? 400 : 200, body } }), { id: `p${i}`, now: i + 1 });
  });
}

/** One Graph batch: named items, later ones referencing earlier answers. */
function oneBatch(d: Drawn): Capture[] {
  const wire = encodeBatch([
    { level: 'campaign', batchName: 'c', fields: d.campaign, adAccountId: d.account },
    { batchName: 's', fields: { ...d.adset, campaign_id: '{result=c:$.id}', optimization_goal: 'CONVERSATIONS' }, adAccountId: d.account },
    { level: 'ad', fields: { ...d.ad, adset_id: '{result=s:$.id}', creative: d.creative }, adAccountId: d.account },
  ]);
  const answer = (['campaign', 'adset', 'ad'] as const).map((level) => {
    const error = errorOf(d, level);
    return error ? { code: 400, body: JSON.stringify({ error }) } : { code: 200, body: JSON.stringify({ id: ids[level] }) };
  });
  return decodeCapture(toHookRequest(wire, { response: { status: 200, body: answer } }), { id: 'b', now: 1 });
}

/** Ads Manager's draft: one multi-fragments call in a batched call, then the publish with per-fragment outcomes. */
function draftPublish(d: Drawn): Capture[] {
  const multi = encodeBatchedCall([
    encodeMultiFragments([{ fields: d.adset, adAccountId: d.account }], {
      draftId: '23853110000000001',
      parentId: ids.campaign,
      campaignValues: d.campaign,
      ads: [{ fields: { ...d.ad, creative: d.creative }, parentId: ids.adset }],
      bookkeeping: true,
      actingBusinessId: '777',
    }),
  ]);
  const created = batchAnswer([{ campaign_group_id: '501', campaign_ids: ['502'], adgroup_ids: ['503'] }]);
  const statuses = (['campaign', 'adset', 'ad'] as const).map((level, i) => {
    const error = errorOf(d, level);
    return error ? { fragment_id: String(501 + i), status: 'FAILED', error } : { fragment_id: String(501 + i), status: 'SUCCEEDED', ad_object_id: ids[level] };
  });
  return [
    ...decodeCapture(toHookRequest(multi, { response: { status: 200, body: created } }), { id: 'm', now: 1 }),
    ...decodeCapture(toHookRequest(encodeDraftPublish('23853110000000001', ['501', '502', '503']), { response: { status: 200, body: publishAnswer(statuses) } }), { id: 'x', now: 2 }),
  ];
}

function expectOneChain(captures: Capture[], d: Drawn, adset: Record<string, unknown>, sent: readonly AdLevel[] = LEVELS) {
  const chains = assembleChains(captures);
  expect(chains).toHaveLength(1);
  const [chain] = chains;
  expect(chain!.levels.map((l) => [l.level, l.objects.length])).toEqual(sent.map((l) => [l, 1]));
  const spec = (level: AdLevel) => chain!.levels.find((l) => l.level === level)?.objects[0]!.object.submission.request.fields;
  const expected: Record<AdLevel, Record<string, unknown>> = { campaign: d.campaign, adset, ad: { ...d.ad, creative: d.creative }, creative: d.creative };
  for (const level of sent) expect(spec(level)).toMatchObject(expected[level]);
  expect(spec('campaign')).toEqual(d.campaign);
  if (sent.includes('creative')) expect(spec('creative')).toEqual(d.creative);
  expect(chain!.failedLevel).toBe(d.failing);
}

/** The levels a direct-POST publish sends: up to the one that fails (an inline creative goes with its ad). */
function sentUpTo(failing: AdLevel | null): AdLevel[] {
  if (failing === 'campaign') return ['campaign'];
  if (failing === 'adset') return ['campaign', 'adset'];
  return LEVELS;
}

describe('chain round trip: any campaign, ad set, ad and inline creative, however Ads Manager sends them, is one chain', () => {
  it('direct POSTs (form): the spec of every level, and the level that failed', () => {
    fc.assert(
      fc.property(drawn(formValue), (d) => expectOneChain(directPosts(d, false), d, { ...d.adset, campaign_id: ids.campaign }, sentUpTo(d.failing))),
      { numRuns: 150 },
    );
  });

  it('direct POSTs (JSON)', () => {
    fc.assert(
      fc.property(drawn(jsonValue), (d) => expectOneChain(directPosts(d, true), d, { ...d.adset, campaign_id: ids.campaign }, sentUpTo(d.failing))),
      { numRuns: 150 },
    );
  });

  it('one Graph batch with {result=…} references', () => {
    fc.assert(fc.property(drawn(formValue), (d) => expectOneChain(oneBatch(d), d, d.adset)), { numRuns: 150 });
  });

  it('a draft: multi-fragments, then publish', () => {
    fc.assert(fc.property(drawn(jsonValue), (d) => expectOneChain(draftPublish(d), d, { ...d.adset, campaign_id: ids.campaign })), { numRuns: 150 });
  });
});
