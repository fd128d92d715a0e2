import { encodeFields, LEVEL_EDGE, type AdLevel, type HookRequest, type SubmissionEncoding } from '../lib/model';
import { encodeFormString } from '../lib/capture/form-string';
import { setOwn } from '../lib/capture/own';

/**
 * Encoders: an ad set as Ads Manager puts it on the wire, in each of the five encodings the decoder reads.
 * They drive the round-trip property tests and the e2e tests' simulated Ads Manager page, so the transport
 * parameters (`_reqName`, `__user`, `fb_dtsg`, `jazoest`, …) follow what the real UI sends when a session is given.
 */

/** The Ads Manager session a request travels with. Values are whatever the test wants (fake, token-shaped). */
export interface UiSession {
  /** Ads Manager's own access token (`EAAB…`), sent in the query string. */
  accessToken?: string;
  /** The person's user id: `__user` (and `av` for GraphQL). */
  userId?: string;
  fbDtsg?: string;
  /** Derived from `fbDtsg` like the page does when omitted. */
  jazoest?: string;
  lsd?: string;
  locale?: string;
}

export interface AdsetOnWire {
  fields: Record<string, unknown>;
  /** `v22.0` (the default). */
  apiVersion?: string;
  /** Digits, without `act_`. */
  adAccountId: string;
  /**
   * The object's level (default `adset`): form, JSON and batch POST to its edge (`act_X/campaigns`, `…/ads`,
   * `…/adcreatives`), a draft fragment carries its `ad_object_type`.
   */
  level?: AdLevel;
  /** A batch item's `name`, so later items can say `{result=NAME:$.id}` (Graph batch dependencies). */
  batchName?: string;
}

/** Any level's object on the wire (the ad set's shape with its `level`). */
export type ObjectOnWire = AdsetOnWire;

/** A fragment's `ad_object_type`: Graph's names (lib/model/ad-level.ts `levelOfAdObjectType`). */
const AD_OBJECT_TYPE: Readonly<Record<AdLevel, string>> = { campaign: 'campaign', adset: 'ad_set', ad: 'ad', creative: 'creative' };

function edgePath(o: AdsetOnWire, version?: string): string {
  const path = `act_${o.adAccountId}/${LEVEL_EDGE[o.level ?? 'adset']}`;
  return version ? `${version}/${path}` : path;
}

export interface EncodeOptions {
  /** Default `adsmanager-graph.facebook.com` (GraphQL: `adsmanager.facebook.com`). */
  host?: string;
  /** When given, the session parameters are added as Ads Manager adds them. */
  session?: UiSession;
}

export interface DraftOptions extends EncodeOptions {
  draftId: string;
  parentId: string;
  /** Add the UI's bookkeeping values (`true` for the usual set, or your own). */
  bookkeeping?: boolean | Record<string, unknown>;
  /** The business Ads Manager appends as `acting_business_id` (unencoded, after the encoded values, as its code does). */
  actingBusinessId?: string;
}

export interface DraftUpdateOptions extends EncodeOptions {
  draftId: string;
  /** The published ad set the fragment edits, if any. */
  adObjectId?: string;
  apiVersion?: string;
  draftVersion?: number;
  fragmentVersion?: number;
  /** What the fields held before (`old_value`); null when absent. */
  oldValues?: Record<string, unknown>;
  actingBusinessId?: string;
}

export interface GraphqlOptions extends EncodeOptions {
  docId?: string;
  friendlyName?: string;
  /** Where the ad set sits inside `variables`; default `['input', 'adset_spec']`. */
  path?: readonly string[];
}

export interface BatchOptions extends EncodeOptions {
  apiVersion?: string;
  /** `bare`: `act_1/adsets` (default); `versioned`: `v22.0/act_1/adsets`. */
  relativeUrls?: 'bare' | 'versioned';
}

/** A request as it leaves the page. */
export interface WireRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
}

const DEFAULT_VERSION = 'v22.0';
const GRAPH_HOST = 'adsmanager-graph.facebook.com';
const WWW_HOST = 'adsmanager.facebook.com';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** `POST /vNN.0/act_ID/adsets`, fields as a form body (objects as JSON strings): the Marketing API's own shape. */
export function encodeForm(adset: AdsetOnWire, opts: EncodeOptions = {}): WireRequest {
  const path = `/${edgePath(adset, adset.apiVersion ?? DEFAULT_VERSION)}`;
  return {
    method: 'POST',
    url: graphUrl(opts, path, 'adaccount/adsets', 'AdsCreationSaveDataManager'),
    headers: { ...FORM },
    body: encodeFormString([...Object.entries(encodeFields(adset.fields)), ...sessionBody(opts.session)]),
  };
}

/** The same call with a JSON body (objects stay objects). */
export function encodeJson(adset: AdsetOnWire, opts: EncodeOptions = {}): WireRequest {
  const path = `/${edgePath(adset, adset.apiVersion ?? DEFAULT_VERSION)}`;
  return {
    method: 'POST',
    url: graphUrl(opts, path, 'adaccount/adsets', 'AdsCreationSaveDataManager'),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(adset.fields),
  };
}

/** Graph batch: `POST /vNN.0/` with `batch=[{method, relative_url, body}]`, one item per ad set. */
export function encodeBatch(adsets: readonly AdsetOnWire[], opts: BatchOptions = {}): WireRequest {
  const version = opts.apiVersion ?? adsets[0]?.apiVersion ?? DEFAULT_VERSION;
  const batch = adsets.map((a) => ({
    method: 'POST',
    ...(a.batchName ? { name: a.batchName } : {}),
    relative_url: edgePath(a, opts.relativeUrls === 'versioned' ? (a.apiVersion ?? version) : undefined),
    body: encodeFormString(encodeFields(a.fields)),
  }));
  return {
    method: 'POST',
    url: graphUrl(opts, `/${version}/`, 'batch', 'AdsCreationSaveDataManager'),
    headers: { ...FORM },
    body: encodeFormString([['batch', JSON.stringify(batch)], ['include_headers', 'false'], ...sessionBody(opts.session)]),
  };
}

/** The bookkeeping values Ads Manager writes next to real fields in a draft fragment. */
export function defaultBookkeeping(parentId: string): Record<string, unknown> {
  return {
    parentAdObjectID: parentId,
    campaign_creation_source: 'click_to_whatsapp',
    is_autobid: true,
    targeting_as_signal: 2,
    pacing_type: ['standard'],
    is_average_price_pacing: false,
    lifetime_budget: 0,
    placement: { publisher_platforms: ['facebook', 'instagram'] },
  };
}

export interface FragmentValue {
  field: string;
  old_value: unknown;
  new_value: unknown;
}

/**
 * Ads Manager's `adsDraftEncodeFragmentValues`: every `old_value` and `new_value` goes through JSON.stringify
 * (`"\"CONVERSATIONS\""`, `"1000"`, `"null"`, objects as JSON text). `acting_business_id` is appended afterwards,
 * unencoded, for ad, ad set and campaign fragments (`AdsDraftFragmentDataManager`).
 */
export function encodeFragmentValues(
  fields: Record<string, unknown>,
  opts: { oldValues?: Record<string, unknown>; actingBusinessId?: string } = {},
): FragmentValue[] {
  const values: FragmentValue[] = Object.entries(fields).map(([field, v]) => ({
    field,
    old_value: JSON.stringify(opts.oldValues && Object.hasOwn(opts.oldValues, field) ? opts.oldValues[field] : null),
    new_value: JSON.stringify(v),
  }));
  if (opts.actingBusinessId && !Object.hasOwn(fields, 'acting_business_id')) {
    values.push({ field: 'acting_business_id', old_value: null, new_value: opts.actingBusinessId });
  }
  return values;
}

function draftFields(adset: AdsetOnWire, opts: DraftOptions): Record<string, unknown> {
  // The usual bookkeeping is the ad set's; an ad always names its ad set as `parentAdObjectID` (Ads Manager asserts it).
  const usual = (adset.level ?? 'adset') === 'adset' ? defaultBookkeeping(opts.parentId) : adset.level === 'ad' ? { parentAdObjectID: opts.parentId } : {};
  const extra = opts.bookkeeping === true ? usual : opts.bookkeeping || {};
  const all: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(adset.fields)) setOwn(all, k, v);
  for (const [k, v] of Object.entries(extra)) if (!Object.hasOwn(all, k)) setOwn(all, k, v);
  return all;
}

/** Draft fragment create: `POST /vNN.0/{draft_id}/addraft_fragments` with encoded `values=[{field, old_value, new_value}]`. */
export function encodeDraftFragment(adset: AdsetOnWire, opts: DraftOptions): WireRequest {
  const path = `/${adset.apiVersion ?? DEFAULT_VERSION}/${opts.draftId}/addraft_fragments`;
  return {
    method: 'POST',
    url: graphUrl(opts, path, 'object:draft_id/addraft_fragments', 'AdsDraftFragmentDataManager'),
    headers: { ...FORM },
    body: encodeFormString([
      ['account_id', adset.adAccountId],
      ['ad_object_type', AD_OBJECT_TYPE[adset.level ?? 'adset']],
      ['parent_ad_object_id', opts.parentId],
      ['values', JSON.stringify(encodeFragmentValues(draftFields(adset, opts), opts))],
      ['is_delete', 'false'],
      ['is_archive', 'false'],
      ...sessionBody(opts.session),
    ]),
  };
}

/**
 * Draft fragment update: `POST /vNN.0/{fragment_id}` (`_reqName=object:addraft_fragment`) with `ad_object_type`,
 * `ad_draft_id`, `ad_object_id`, `draft_version`, `fragment_version`, `action` and the changed `values`.
 */
export function encodeDraftUpdate(fragmentId: string, fields: Record<string, unknown>, opts: DraftUpdateOptions & { level?: AdLevel }): WireRequest {
  const params: Array<[string, string]> = [
    ['ad_object_type', AD_OBJECT_TYPE[opts.level ?? 'adset']],
    ['ad_draft_id', opts.draftId],
  ];
  if (opts.adObjectId) params.push(['ad_object_id', opts.adObjectId]);
  params.push(
    ['draft_version', String(opts.draftVersion ?? 1)],
    ['fragment_version', String(opts.fragmentVersion ?? 1)],
    ['action', 'modify'],
    ['values', JSON.stringify(encodeFragmentValues(fields, opts))],
    ...sessionBody(opts.session),
  );
  return {
    method: 'POST',
    url: graphUrl(opts, `/${opts.apiVersion ?? DEFAULT_VERSION}/${fragmentId}`, 'object:addraft_fragment', 'AdsDraftFragmentDataManager'),
    headers: { ...FORM },
    body: encodeFormString(params),
  };
}

/**
 * `POST /vNN.0/{draft_id}/addraft_multi_fragments`: one call for a campaign, its ad sets and ads. Ads Manager's names
 * are shifted one level, so the campaign travels in `campaign_group_values` (one values list), the ad sets in
 * `campaign_values` and the ads in `adgroup_values` (one encoded values list each; an ad's carries
 * `parentAdObjectID`, its ad set, taken from `ads[i].parentId` or the draft's parent).
 */
export function encodeMultiFragments(
  adsets: readonly AdsetOnWire[],
  opts: DraftOptions & { campaignValues?: Record<string, unknown>; ads?: ReadonlyArray<{ fields: Record<string, unknown>; parentId?: string }> },
): WireRequest {
  const version = adsets[0]?.apiVersion ?? DEFAULT_VERSION;
  const params: Array<[string, string]> = [
    ['action', 'add'],
    ['ad_draft_id', opts.draftId],
    ['validate', 'false'],
    ['source', 'ADS_MANAGER'],
  ];
  if (opts.campaignValues) params.push(['campaign_group_values', JSON.stringify(encodeFragmentValues(opts.campaignValues, opts))]);
  params.push(
    ['campaign_values', JSON.stringify(adsets.map((a) => encodeFragmentValues(draftFields(a, opts), opts)))],
    [
      'adgroup_values',
      JSON.stringify(
        (opts.ads ?? []).map((ad) =>
          encodeFragmentValues(draftFields({ fields: ad.fields, adAccountId: adsets[0]?.adAccountId ?? '', level: 'ad' }, { ...opts, parentId: ad.parentId ?? opts.parentId, bookkeeping: true }), opts),
        ),
      ),
    ],
    ['parent_ad_object_id', opts.parentId],
    ['account_id', adsets[0]?.adAccountId ?? ''],
    ...sessionBody(opts.session),
  );
  return {
    method: 'POST',
    url: graphUrl(opts, `/${version}/${opts.draftId}/addraft_multi_fragments`, 'object:draft_id/addraft_multi_fragments', 'AdsDraftFragmentDataManager'),
    headers: { ...FORM },
    body: encodeFormString(params),
  };
}

/** `POST /vNN.0/{draft_id}/quick_create_fragments` with `id` and `values_per_level: [{ad_object_type, values}]`. */
export function encodeQuickCreate(
  adset: AdsetOnWire,
  opts: DraftOptions & { campaignValues?: Record<string, unknown>; adValues?: Record<string, unknown> },
): WireRequest {
  const levels = [
    { ad_object_type: 'campaign', values: encodeFragmentValues(opts.campaignValues ?? { name: 'New campaign' }, opts) },
    { ad_object_type: 'ad_set', values: encodeFragmentValues(draftFields(adset, opts), opts) },
    { ad_object_type: 'ad', values: encodeFragmentValues(opts.adValues ?? { name: 'New ad' }, opts) },
  ];
  return {
    method: 'POST',
    url: graphUrl(opts, `/${adset.apiVersion ?? DEFAULT_VERSION}/${opts.draftId}/quick_create_fragments`, 'object:draft_id/quick_create_fragments', 'AdsDraftFragmentDataManager'),
    headers: { ...FORM },
    body: encodeFormString([['id', opts.draftId], ['values_per_level', JSON.stringify(levels)], ['account_id', adset.adAccountId], ...sessionBody(opts.session)]),
  };
}

/** `POST {draft_id}/addraft_fragments_with_publish`: a create that publishes at once. */
export function encodeFragmentWithPublish(adset: AdsetOnWire, opts: DraftOptions): WireRequest {
  const w = encodeDraftFragment(adset, opts);
  return { ...w, url: w.url.replace('/addraft_fragments', '/addraft_fragments_with_publish').replace('addraft_fragments&', 'addraft_fragments_with_publish&') };
}

/** `POST /vNN.0/{draft_id}/publish` (`AdsDraftPublishDataManager`): which fragments, no ad set fields. */
export function encodeDraftPublish(draftId: string, fragmentIds: readonly string[], opts: EncodeOptions & { apiVersion?: string } = {}): WireRequest {
  return {
    method: 'POST',
    url: graphUrl(opts, `/${opts.apiVersion ?? DEFAULT_VERSION}/${draftId}/publish`, 'object:draft_id/publish', 'AdsDraftPublishDataManager'),
    headers: { ...FORM },
    body: encodeFormString([
      ['fragments', JSON.stringify(fragmentIds)],
      ['ignore_errors', 'true'],
      ['include_fragment_statuses', 'true'],
      ['include_headers', 'false'],
      ...sessionBody(opts.session),
    ]),
  };
}

/**
 * Ads Manager's batched call: `POST https://adsmanager-graph.facebook.com/?_reqName=batchedCall` (no version in the
 * path) with `batch=[{method, relative_url, body}]`, each item one of the requests above.
 */
export function encodeBatchedCall(items: readonly WireRequest[], opts: EncodeOptions = {}): WireRequest {
  const batch = items.map((w) => ({
    method: w.method,
    relative_url: w.url.replace(/^https?:\/\/[^/]+\//, ''),
    body: w.body,
  }));
  const s = opts.session;
  const q: Array<[string, string]> = [['_reqName', 'batchedCall']];
  if (s?.accessToken) q.push(['access_token', s.accessToken]);
  return {
    method: 'POST',
    url: `https://${opts.host ?? GRAPH_HOST}/?${encodeFormString(q)}`,
    headers: { ...FORM },
    body: encodeFormString([['batch', JSON.stringify(batch)], ['include_headers', 'false'], ...sessionBody(s)]),
  };
}

/** Graph's batch answer: one `{code, body}` per item, each body JSON text. */
export function batchAnswer(bodies: readonly unknown[]): Array<{ code: number; body: string }> {
  return bodies.map((b) => ({ code: 200, body: JSON.stringify(b) }));
}

/** A publish answer: `publish_status.fragment_statuses[]`, one per fragment. */
export function publishAnswer(statuses: ReadonlyArray<Record<string, unknown>>, status = 'IN_PROGRESS'): Record<string, unknown> {
  return { success: true, publish_status: { status, fragment_statuses: statuses } };
}

/** Relay mutation: `POST /api/graphql/` with the ad set inside the `variables` JSON string. */
export function encodeGraphql(adset: AdsetOnWire, opts: GraphqlOptions = {}): WireRequest {
  const path = opts.path && opts.path.length > 0 ? opts.path : ['input', 'adset_spec'];
  const variables: Record<string, unknown> = {};
  let node = variables;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      setOwn(node, key, adset.fields);
      return;
    }
    const next: Record<string, unknown> = {};
    if (i === 0) {
      next.client_mutation_id = '1';
      if (opts.session?.userId) next.actor_id = opts.session.userId;
      next.ad_account_id = adset.adAccountId;
    }
    setOwn(node, key, next);
    node = next;
  });
  const friendlyName = opts.friendlyName ?? 'AdsCreationAdSetCreateMutation';
  const s = opts.session;
  const params: Array<[string, string]> = [];
  if (s?.userId) params.push(['av', s.userId], ['__aaid', adset.adAccountId], ['__user', s.userId]);
  if (s) params.push(['__a', '1'], ['__req', '1f'], ['dpr', '1'], ['__ccg', 'EXCELLENT'], ['__comet_req', '0']);
  if (s?.fbDtsg) params.push(['fb_dtsg', s.fbDtsg], ['jazoest', s.jazoest ?? jazoestOf(s.fbDtsg)]);
  if (s?.lsd) params.push(['lsd', s.lsd]);
  params.push(
    ['fb_api_caller_class', 'RelayModern'],
    ['fb_api_req_friendly_name', friendlyName],
    ['variables', JSON.stringify(variables)],
    ['server_timestamps', 'true'],
    ['doc_id', opts.docId ?? '7654321098765432'],
  );
  const headers: Record<string, string> = { ...FORM, 'x-fb-friendly-name': friendlyName };
  if (s?.lsd) headers['x-fb-lsd'] = s.lsd;
  return { method: 'POST', url: `https://${opts.host ?? WWW_HOST}/api/graphql/`, headers, body: encodeFormString(params) };
}

export type AnyEncodeOptions = EncodeOptions & Partial<Omit<DraftOptions, keyof EncodeOptions>> & Omit<GraphqlOptions, keyof EncodeOptions>;

/** One ad set in the named encoding (draft fragments default to draft `1` / parent `2` when not given). */
export function encodeAs(encoding: SubmissionEncoding, adset: AdsetOnWire, opts: AnyEncodeOptions = {}): WireRequest {
  switch (encoding) {
    case 'form':
      return encodeForm(adset, opts);
    case 'json':
      return encodeJson(adset, opts);
    case 'batch':
      return encodeBatch([adset], opts);
    case 'draft_fragment':
      return encodeDraftFragment(adset, { ...opts, draftId: opts.draftId ?? '1', parentId: opts.parentId ?? '2' });
    case 'graphql':
      return encodeGraphql(adset, opts);
  }
}

/**
 * A request as the MAIN-world hook would report it — header names lower-cased, as `Headers` gives them to the hook —
 * with the answer the page got (a body that is not a string is JSON text; `undefined`: none was read). Takes the test
 * encoders' wire requests and scenario files' `ui` entries alike.
 */
export function toHookRequest(
  wire: Pick<HookRequest, 'method' | 'url' | 'headers' | 'body'>,
  opts: { response?: { status: number; body?: unknown } | null; transport?: 'fetch' | 'xhr'; startedAt?: number } = {},
): HookRequest {
  const res = opts.response;
  const body = res?.body;
  return {
    transport: opts.transport ?? 'fetch',
    method: wire.method,
    url: wire.url,
    headers: Object.fromEntries(Object.entries(wire.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: wire.body,
    bodyType: 'string',
    response: res ? { status: res.status, body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body) } : null,
    failure: null,
    startedAt: opts.startedAt ?? 0,
  };
}

/** The page's `jazoest`: "2" followed by the sum of the char codes of `fb_dtsg`. */
export function jazoestOf(fbDtsg: string): string {
  let sum = 0;
  for (let i = 0; i < fbDtsg.length; i++) sum += fbDtsg.charCodeAt(i);
  return `2${sum}`;
}

function graphUrl(opts: EncodeOptions, path: string, reqName: string, reqSrc: string): string {
  const base = `https://${opts.host ?? GRAPH_HOST}${path}`;
  const s = opts.session;
  if (!s) return base;
  const q: Array<[string, string]> = [['_reqName', reqName], ['_reqSrc', reqSrc]];
  if (s.accessToken) q.push(['access_token', s.accessToken]);
  q.push(['method', 'post']);
  if (s.locale) q.push(['locale', s.locale]);
  q.push(['pretty', '0'], ['suppress_http_code', '1'], ['__cppo', '1']);
  return `${base}?${encodeFormString(q)}`;
}

function sessionBody(s: UiSession | undefined): Array<[string, string]> {
  if (!s) return [];
  const out: Array<[string, string]> = [];
  if (s.userId) out.push(['__user', s.userId]);
  if (s.fbDtsg) out.push(['fb_dtsg', s.fbDtsg], ['jazoest', s.jazoest ?? jazoestOf(s.fbDtsg)]);
  return out;
}
