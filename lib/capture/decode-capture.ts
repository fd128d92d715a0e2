import type { Capture, CapturedResponse, DraftRef, HookRequest, Submission } from '../model';
import { splitBookkeeping } from './bookkeeping';
import { decodeBatch } from './decode-batch';
import { decodeDraftFragment } from './decode-draft-fragment';
import { decodeDraftPublish, outcomesOf } from './draft-publish';
import { decodeGraphql } from './decode-graphql';
import { decodePlain } from './decode-plain';
import { inlineCreativeOf } from './chain-levels';
import { decodeFieldValue } from './field-split';
import { identifiersOf } from './identifiers';
import { isRecord, scalarString, setOwn } from './own';
import { rawCaptureOf } from './raw-capture';
import { redactJson, redactUrl } from './redact';
import { readRequest, type FoundAdset, type RequestContext } from './request-context';
import { batchItemResponse, decodeResponse } from './response';
import { isCandidateUrl } from '../page-contract/candidate-url';
import { isMetaHost } from './url-parts';
import { boundCapture } from './storage-budget';

export interface DecodeOptions {
  /** Id of the capture; several submissions from one request get `id:0`, `id:1`, … */
  id?: string;
  /** Capture time (ms since epoch); defaults to now. */
  now?: number;
}

let counter = 0;

/**
 * Decode one hooked request into what it submitted: one `Submission` per ad set, campaign, ad or creative found (a
 * batch may hold several; an ad with an inline creative is two), a `RawCapture` for a Meta write that held none of
 * them, or nothing for an unrelated request. Secrets are redacted
 * before anything is returned. Never throws, whatever the input.
 */
export function decodeCapture(req: HookRequest, opts: DecodeOptions = {}): Capture[] {
  const now = typeof opts.now === 'number' && Number.isFinite(opts.now) ? opts.now : Date.now();
  const id = typeof opts.id === 'string' && opts.id ? opts.id : `cap-${now.toString(36)}-${(counter++).toString(36)}`;
  try {
    // Bounded here, before anything is stored: storage.session is shared by every tab (see storage-budget.ts).
    return decode(req, id, now).map((c) => boundCapture(c));
  } catch {
    try {
      return [rawCaptureOf(readRequest(req), { id, capturedAt: now, tokenPresent: false }, null)];
    } catch {
      return [];
    }
  }
}

function decode(req: HookRequest, id: string, now: number): Capture[] {
  const ctx = readRequest(req);
  const decoded = decodeResponse(isRecordLike(req) ? req.response : null);
  const found = findAdsets(ctx);
  const tokenPresent = hasToken(ctx);
  if (found.length === 0) {
    // Relative URLs (host null) come from pages that fetch('/api/graphql/'): the hook already vetted them.
    const meta = isMetaHost(ctx.host) || (ctx.host === null && isCandidateUrl(ctx.url));
    const keep = meta && (isWrite(ctx.method) || (decoded?.response.whatsappNumbers.length ?? 0) > 0);
    if (!keep) return [];
    const raw = rawCaptureOf(ctx, { id, capturedAt: now, tokenPresent }, decoded?.response ?? null);
    return [{ ...raw, publish: isWrite(ctx.method) ? decodeDraftPublish(ctx, decoded?.parsed) : null }];
  }
  const objects = withInlineCreatives(found);
  const ids = objects.map((_, i) => (objects.length === 1 ? id : `${id}:${i}`));
  return objects.map(({ f, inlineOf }, i): Submission => {
    // A batch answer is one array for all items: each submission gets its own item's answer.
    // An item Graph left out of a batch answer (`null`: a named item that succeeded, or one whose reference failed)
    // has no answer of its own: the batch's other items' errors are not its own.
    const batchAnswered = f.batchIndex !== null && Array.isArray(decoded?.parsed);
    const itemResponse = f.batchIndex !== null ? batchItemResponse(decoded?.parsed, f.batchIndex) : null;
    const response: CapturedResponse | null = itemResponse ?? (batchAnswered ? null : (decoded?.response ?? null));
    const { fields, bookkeeping } = splitBookkeeping(redactJson(f.fields) as Record<string, unknown>);
    return {
      kind: 'submission',
      id: ids[i]!,
      capturedAt: now,
      ...(f.level ? { level: f.level } : {}),
      ...(inlineOf !== null ? { inlineIn: ids[inlineOf]! } : {}),
      encoding: f.encoding,
      url: redactUrl(ctx.url),
      method: ctx.method,
      location: f.location,
      request: {
        apiVersion: f.apiVersion,
        adAccountId: f.adAccountId,
        method: f.method,
        host: ctx.host,
        fields,
        transport: f.transport,
      },
      // An inline creative shares its ad's answer: the id in it is the ad's, not the creative's.
      identifiers: identifiersOf(f.adAccountId, fields, inlineOf !== null ? null : response, f.level),
      tokenPresent: tokenPresent || Object.hasOwn(f.transport, 'access_token'),
      response,
      draft: f.draft ? withAnswer(f.draft, f.answer, response?.body) : null,
      bookkeeping,
    };
  });
}

/**
 * An ad whose `creative` is a spec, not an id, also creates that creative: it follows the ad as a creative-level
 * object of its own (same answer, same draft), so the creative level can be compared and shown in the chain.
 */
function withInlineCreatives(found: FoundAdset[]): Array<{ f: FoundAdset; inlineOf: number | null }> {
  const out: Array<{ f: FoundAdset; inlineOf: number | null }> = [];
  for (const f of found) {
    out.push({ f, inlineOf: null });
    const spec = f.level === 'ad' ? inlineCreativeOf(f.fields) : null;
    if (!spec) continue;
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(spec)) setOwn(fields, k, decodeFieldValue(k, v));
    // The creative has no fragment of its own: it is assembled with its ad (lib/capture/assemble.ts), so it takes
    // no fragment id or answer that an update of the ad could be mistaken for.
    const draft = f.draft ? { ...f.draft, fragmentId: null, adObjectId: null } : null;
    out.push({ f: { ...f, level: 'creative', location: `${f.location}.creative`, fields, draft, answer: undefined }, inlineOf: out.length - 1 });
  }
  return out;
}

/** The fragment id (and published object id) a draft call's answer gave: `{id}`, `campaign_ids[i]`, `data[i].id`, … */
function withAnswer(draft: DraftRef, answer: FoundAdset['answer'], body: unknown): DraftRef {
  if (!isRecord(body) || !answer) return draft;
  let fragmentId: string | null = null;
  let adObjectId: string | null = null;
  let parentId: string | null = null;
  if (answer.kind === 'id') {
    fragmentId = scalarString(body.id);
    adObjectId = scalarString(body.ad_object_id);
  } else if (answer.kind === 'multi') {
    // Ads Manager's AdsDraftFragmentDataManager reads `campaign_group_id`/`campaign_group_object_id` for the campaign,
    // `campaign_ids[i]`/`campaign_object_ids[i]` for ad sets and `adgroup_ids[i]`/`adgroup_object_ids[i]` for ads.
    const one = answer.list === 'campaign_group';
    const ids = one ? [body.campaign_group_id] : body[`${answer.list}_ids`];
    const objectIds = one ? [body.campaign_group_object_id] : body[`${answer.list}_object_ids`];
    fragmentId = Array.isArray(ids) ? scalarString(ids[answer.index]) : null;
    adObjectId = Array.isArray(objectIds) ? scalarString(objectIds[answer.index]) : null;
  } else {
    const data: unknown[] = Array.isArray(body.data) ? body.data : [];
    const level = data[answer.index];
    fragmentId = isRecord(level) ? scalarString(level.id) : null;
    adObjectId = isRecord(level) ? scalarString(level.ad_object_id) : null;
    // Ads Manager adds `campaign_id` (ad sets, ads) and `adset_id` (ads) = the parent level's `ad_object_id` only
    // after a quick create answers.
    const parent = answer.parentIndex >= 0 ? data[answer.parentIndex] : undefined;
    parentId = isRecord(parent) ? scalarString(parent.ad_object_id) : null;
  }
  // An update names its fragment in the path; its answer does not override that.
  const id = draft.fragmentId ?? fragmentId;
  const objectId = draft.adObjectId ?? (adObjectId && /^\d+$/.test(adObjectId) ? adObjectId : null);
  const published = draft.operation === 'create_and_publish' ? (outcomesOf(body, [id ?? '']).at(0) ?? null) : null;
  return {
    ...draft,
    parentId: draft.parentId ?? parentId,
    fragmentId: id,
    adObjectId: objectId,
    ...(published ? { outcome: { ...published, fragmentId: id, adObjectId: published.adObjectId ?? objectId } } : {}),
  };
}

/** Most specific first: a batch or a draft fragment also "contains" fields a plain decode would misread. */
function findAdsets(ctx: RequestContext): FoundAdset[] {
  const batch = decodeBatch(ctx);
  if (batch !== null) return batch;
  const drafts = decodeDraftFragment(ctx.params, ctx.path, '', ctx.apiVersion);
  if (drafts !== null) return drafts;
  const graphql = decodeGraphql(ctx);
  if (graphql !== null) return graphql;
  return decodePlain(ctx);
}

function hasToken(ctx: RequestContext): boolean {
  const t = ctx.params.access_token;
  if (typeof t === 'string' && t.length > 0) return true;
  if (/^\s*(Bearer|OAuth)\s+\S/i.test(ctx.headers.authorization ?? '')) return true;
  // A token elsewhere (a batch item's relative_url, an odd parameter name) still means the UI sent one.
  return /EAA[A-Za-z0-9]{20,}/.test(ctx.url) || (ctx.body !== null && /EAA[A-Za-z0-9]{20,}/.test(ctx.body));
}

function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

function isRecordLike(v: unknown): v is { response: { status: unknown; body: unknown } | null } {
  return typeof v === 'object' && v !== null;
}
