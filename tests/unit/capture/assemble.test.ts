import { describe, it, expect } from 'vitest';
import { assembleAdsets, decodeCapture, submissionFor } from '../../../lib/capture';
import { batchAnswer, encodeBatchedCall, encodeDraftFragment, encodeDraftPublish, encodeDraftUpdate, encodeFragmentWithPublish, encodeForm, publishAnswer, toHookRequest, type WireRequest } from '../../../testkit/encode';
import { diffRequests } from '../../../lib/diff';
import { buildVariants } from '../../../lib/explain';
import type { Capture } from '../../../lib/model';
import { equivalentApiRequest } from '../../../lib/request';
import { hookFixture } from './fixtures';

const DRAFT = '23853110000000001';
const FRAGMENT = '23853110000000099';
const ADSET = '120235999999990555';
const spec = {
  name: 'CTWA KZ',
  campaign_id: '120234472620180097',
  daily_budget: 500,
  billing_event: 'IMPRESSIONS',
  optimization_goal: 'CONVERSATIONS',
  destination_type: 'WHATSAPP',
  promoted_object: { page_id: '734116649781310', whatsapp_phone_number: '+77006353580' },
};
const fixtureCaptures = (...names: string[]): Capture[] =>
  names.flatMap((n, i) => decodeCapture(hookFixture(`draft-flow/${n}.json`), { id: n, now: 1000 * (i + 1) }));
const decodeAt = (wire: WireRequest, body: unknown, id: string, now: number) =>
  decodeCapture(toHookRequest(wire, { response: { status: 200, body } }), { id, now });

describe('assembleAdsets: batched create → update → publish is ONE ad set', () => {
  const captures = fixtureCaptures('batched-create', 'update', 'publish');
  const list = assembleAdsets(captures);
  const a = list[0]!;

  it('one ad set, named by its first capture, fragment and draft known', () => {
    expect(list).toHaveLength(1);
    expect(a).toMatchObject({ id: 'batched-create', fragmentId: FRAGMENT, draftId: DRAFT, capturedAt: 3000 });
  });

  it('values merged in order: the update’s budget and promoted_object win', () => {
    expect(a.submission.request.fields).toMatchObject({
      daily_budget: 1000,
      optimization_goal: 'CONVERSATIONS',
      promoted_object: { whats_app_business_phone_number_id: '501234567890123' },
    });
    expect(a.submission.identifiers.whatsappBusinessPhoneNumberId).toBe('501234567890123');
    expect(a.setBy).toMatchObject({ daily_budget: 'update', promoted_object: 'update', name: 'batched-create' });
  });

  it('history: which capture set which field, and the publish outcome', () => {
    expect(a.history.map((h) => [h.captureId, h.kind, Object.keys(h.fields)])).toEqual([
      ['batched-create', 'create', Object.keys(a.history[0]!.fields)],
      ['update', 'update', ['daily_budget', 'promoted_object']],
      ['publish', 'publish', []],
    ]);
    expect(a.history[0]!.bookkeeping).toContain('acting_business_id');
    expect(a.outcome).toMatchObject({ status: 'in_progress', rawStatus: 'IN_PROGRESS' });
  });

  it('the order of the stored list does not matter, capture time does', () => {
    expect(assembleAdsets([...captures].reverse())[0]!.submission.request.fields).toEqual(a.submission.request.fields);
  });

  it('any capture of the ad set selects it', () => {
    expect(submissionFor(captures, 'update')?.request.fields.daily_budget).toBe(1000);
    expect(submissionFor(captures, 'batched-create')?.id).toBe('batched-create');
    expect(submissionFor(captures, 'nope')).toBeNull();
  });

  it('against the identical API request: zero differences, the update’s value is the one compared, no bookkeeping anywhere', () => {
    const same = equivalentApiRequest(a.submission.request);
    const d = diffRequests(a.submission.request, same);
    expect(d.entries.filter((e) => e.kind !== 'equivalent')).toEqual([]);
    expect(d.entries.find((e) => e.path === 'daily_budget')).toMatchObject({ kind: 'equivalent', ui: 1000, api: 1000 });
    const paths = d.entries.map((e) => e.path.split('.')[0]);
    for (const name of ['acting_business_id', 'parentAdObjectID', 'placement', 'is_autobid', 'targeting_as_signal']) expect(paths).not.toContain(name);
    expect(Object.keys(same.fields)).not.toContain('acting_business_id');
    expect(buildVariants(d, same, a.submission.request, 40)).toEqual([]);
  });

  it('an API request with the create’s stale budget differs on daily_budget only', () => {
    const stale = { ...equivalentApiRequest(a.submission.request) };
    stale.fields = { ...stale.fields, daily_budget: 500 };
    const d = diffRequests(a.submission.request, stale);
    expect(d.entries.filter((e) => e.kind !== 'equivalent').map((e) => `${e.kind} ${e.path}`)).toEqual(['different daily_budget']);
  });
});

describe('assembleAdsets: matching and outcomes', () => {
  const create = encodeDraftFragment({ fields: spec, adAccountId: '1' }, { draftId: DRAFT, parentId: spec.campaign_id });

  it('a publish that fails for the fragment: failed, with its error as what Ads Manager got', () => {
    const error = { message: 'Invalid parameter', code: 100, error_subcode: 2446885, fbtrace_id: 'AGx' };
    const captures = [
      ...decodeAt(create, { id: FRAGMENT }, 'c', 1),
      ...decodeAt(encodeDraftPublish(DRAFT, [FRAGMENT]), publishAnswer([{ fragment_id: FRAGMENT, status: 'FAILED', error }], 'FAILED'), 'p', 2),
    ];
    const [a] = assembleAdsets(captures);
    expect(a!.outcome).toMatchObject({ status: 'failed', error: { code: 100, error_subcode: 2446885 } });
    expect(a!.submission.response?.error).toMatchObject({ error_subcode: 2446885 });
  });

  it('a publish that names the ad set: published, and a later update by ad_object_id joins it', () => {
    const captures = [
      ...decodeAt(create, { id: FRAGMENT }, 'c', 1),
      ...decodeAt(encodeDraftPublish(DRAFT, [FRAGMENT]), publishAnswer([{ id: FRAGMENT, status: 'SUCCEEDED', ad_object_id: ADSET }], 'SUCCEEDED'), 'p', 2),
      ...decodeAt(encodeDraftUpdate('23853110000000777', { daily_budget: 900 }, { draftId: DRAFT, adObjectId: ADSET }), { success: true }, 'u', 3),
    ];
    const list = assembleAdsets(captures);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ adObjectId: ADSET, outcome: { status: 'published', adObjectId: ADSET } });
    expect(list[0]!.submission.request.fields.daily_budget).toBe(900);
  });

  it('create and publish in one call: published from its own answer', () => {
    const w = encodeFragmentWithPublish({ fields: spec, adAccountId: '1' }, { draftId: DRAFT, parentId: spec.campaign_id });
    const [a] = assembleAdsets(decodeAt(w, { id: FRAGMENT, ad_object_id: ADSET, publish_status: { status: 'SUCCEEDED' } }, 'cp', 1));
    expect(a).toMatchObject({ fragmentId: FRAGMENT, adObjectId: ADSET, outcome: { status: 'published' } });
  });

  it('a publish for unknown fragments or a broken answer attaches nothing and never throws', () => {
    const captures = [
      ...decodeAt(create, { id: FRAGMENT }, 'c', 1),
      ...decodeAt(encodeDraftPublish(DRAFT, ['1', '2']), { publish_status: { fragment_statuses: 'junk' } }, 'p', 2),
      ...decodeAt(encodeDraftPublish(DRAFT, ['3']), 'not json', 'q', 3),
    ];
    const [a] = assembleAdsets(captures);
    expect(a!.outcome).toBeNull();
    expect(a!.history).toHaveLength(1);
  });

  it('an update whose create was not seen stands alone; other submissions stand alone; newest first', () => {
    const captures = [
      ...decodeAt(encodeForm({ fields: spec, adAccountId: '1' }), { id: '5' }, 'form', 1),
      ...decodeAt(encodeBatchedCall([create]), batchAnswer([{ id: FRAGMENT }]), 'c', 2),
      ...decodeAt(encodeDraftUpdate('999', { daily_budget: 1 }, { draftId: DRAFT }), { success: true }, 'orphan', 3),
    ];
    expect(assembleAdsets(captures).map((a) => [a.id, a.history.length])).toEqual([
      ['orphan', 1],
      ['c', 1],
      ['form', 1],
    ]);
  });

  it('two creates answered with the same id stay two ad sets; a later update joins the newest', () => {
    const captures = [
      ...decodeAt(create, { id: FRAGMENT }, 'c1', 1),
      ...decodeAt(create, { id: FRAGMENT }, 'c2', 2),
      ...decodeAt(encodeDraftUpdate(FRAGMENT, { daily_budget: 9 }, { draftId: DRAFT }), { success: true }, 'u', 3),
    ];
    expect(assembleAdsets(captures).map((a) => [a.id, a.submission.request.fields.daily_budget])).toEqual([
      ['c2', 9],
      ['c1', 500],
    ]);
  });

  it('quick create: the ad set gets its campaign from the campaign level’s answer', () => {
    const [a] = assembleAdsets(fixtureCaptures('quick-create'));
    expect(a!.submission.request.fields.campaign_id).toBe('120234472620180097');
    expect(a!.submission.identifiers.campaignId).toBe('120234472620180097');
  });

  it('multi-fragments: one ad set per campaign_values entry, the last one sent first', () => {
    expect(assembleAdsets(fixtureCaptures('multi-fragments')).map((a) => a.submission.request.fields.name)).toEqual(['CTWA KZ 2', 'CTWA KZ']);
  });
});
