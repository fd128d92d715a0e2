import { encodeFields, type HookRequest, type SubmissionEncoding } from '../model';
import { encodeFormString } from './form-string';
import { setOwn } from './own';

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
  /** Send object `new_value`s as JSON strings (both are seen). */
  valuesAsJsonStrings?: boolean;
  /** Add the UI's bookkeeping values (`true` for the usual set, or your own). */
  bookkeeping?: boolean | Record<string, unknown>;
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
  const path = `/${adset.apiVersion ?? DEFAULT_VERSION}/act_${adset.adAccountId}/adsets`;
  return {
    method: 'POST',
    url: graphUrl(opts, path, 'adaccount/adsets', 'AdsCreationSaveDataManager'),
    headers: { ...FORM },
    body: encodeFormString([...Object.entries(encodeFields(adset.fields)), ...sessionBody(opts.session)]),
  };
}

/** The same call with a JSON body (objects stay objects). */
export function encodeJson(adset: AdsetOnWire, opts: EncodeOptions = {}): WireRequest {
  const path = `/${adset.apiVersion ?? DEFAULT_VERSION}/act_${adset.adAccountId}/adsets`;
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
    relative_url: `${opts.relativeUrls === 'versioned' ? `${a.apiVersion ?? version}/` : ''}act_${a.adAccountId}/adsets`,
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
  };
}

/** Draft fragment: `POST /vNN.0/{draft_id}/addraft_fragments` with `values=[{field, old_value, new_value}]`. */
export function encodeDraftFragment(adset: AdsetOnWire, opts: DraftOptions): WireRequest {
  const extra = opts.bookkeeping === true ? defaultBookkeeping(opts.parentId) : opts.bookkeeping || {};
  const all: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(adset.fields)) setOwn(all, k, v);
  for (const [k, v] of Object.entries(extra)) if (!Object.hasOwn(all, k)) setOwn(all, k, v);
  const values = Object.entries(all).map(([field, v]) => ({
    field,
    old_value: null,
    new_value: opts.valuesAsJsonStrings && typeof v === 'object' && v !== null ? JSON.stringify(v) : v,
  }));
  const path = `/${adset.apiVersion ?? DEFAULT_VERSION}/${opts.draftId}/addraft_fragments`;
  return {
    method: 'POST',
    url: graphUrl(opts, path, 'object:draft_id/addraft_fragments', 'AdsDraftFragmentDataManager'),
    headers: { ...FORM },
    body: encodeFormString([
      ['account_id', adset.adAccountId],
      ['ad_object_type', 'ad_set'],
      ['parent_ad_object_id', opts.parentId],
      ['values', JSON.stringify(values)],
      ...sessionBody(opts.session),
    ]),
  };
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

/** A wire request as the MAIN-world hook would report it, with the answer the page got. */
export function toHookRequest(
  wire: WireRequest,
  opts: { response?: { status: number; body: unknown } | null; transport?: 'fetch' | 'xhr'; startedAt?: number } = {},
): HookRequest {
  const res = opts.response;
  return {
    transport: opts.transport ?? 'fetch',
    method: wire.method,
    url: wire.url,
    headers: { ...wire.headers },
    body: wire.body,
    bodyType: 'string',
    response: res ? { status: res.status, body: typeof res.body === 'string' ? res.body : JSON.stringify(res.body) } : null,
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
