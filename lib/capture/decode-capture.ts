import type { Capture, CapturedResponse, DraftRef, HookRequest, Submission } from '../model';
import { splitBookkeeping } from './bookkeeping';
import { decodeBatch } from './decode-batch';
import { decodeDraftFragment } from './decode-draft-fragment';
import { decodeDraftPublish, outcomesOf } from './draft-publish';
import { decodeGraphql } from './decode-graphql';
import { decodePlain } from './decode-plain';
import { identifiersOf } from './identifiers';
import { isRecord, scalarString } from '../model/record';
import { MAX_RAW_BODY, rawCaptureOf, redactedBody } from './raw-capture';
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
 * Decode one hooked request into what it submitted: one `Submission` per ad set found (a batch may hold several),
 * a `RawCapture` for a Meta write that held no ad set, or nothing for an unrelated request. Secrets are redacted
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
  const body = ctx.body === null ? null : redactedBody(ctx);
  const sent = {
    contentType: ctx.contentType,
    body: body === null ? null : body.slice(0, MAX_RAW_BODY),
    truncated: body !== null && body.length > MAX_RAW_BODY,
    ...(found.some((f) => f.batchIndex !== null) && decoded ? { batchResponse: decoded.response.body } : {}),
  };
  return found.map((f, i): Submission => {
    // A batch answer is one array for all items: each submission gets its own item's answer.
    const itemResponse = f.batchIndex !== null ? batchItemResponse(decoded?.parsed, f.batchIndex) : null;
    const response: CapturedResponse | null = itemResponse ?? decoded?.response ?? null;
    const { fields, bookkeeping } = splitBookkeeping(redactJson(f.fields) as Record<string, unknown>);
    return {
      kind: 'submission',
      id: found.length === 1 ? id : `${id}:${i}`,
      capturedAt: now,
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
      identifiers: identifiersOf(f.adAccountId, fields, response),
      tokenPresent: tokenPresent || Object.hasOwn(f.transport, 'access_token'),
      response,
      draft: f.draft ? withAnswer(f.draft, f.answer, response?.body) : null,
      bookkeeping,
      // Once per hooked request: the other ad sets of a batch share it (lib/scenario/export finds it by request id).
      ...(i === 0 ? { sent } : {}),
    };
  });
}

/** The fragment id (and published ad set id) a draft call's answer gave: `{id}`, `campaign_ids[i]`, `data[i].id`. */
function withAnswer(draft: DraftRef, answer: FoundAdset['answer'], body: unknown): DraftRef {
  if (!isRecord(body) || !answer) return draft;
  let fragmentId: string | null = null;
  let adObjectId: string | null = null;
  let parentId: string | null = null;
  if (answer.kind === 'id') {
    fragmentId = scalarString(body.id);
    adObjectId = scalarString(body.ad_object_id);
  } else if (answer.kind === 'multi') {
    fragmentId = Array.isArray(body.campaign_ids) ? scalarString(body.campaign_ids[answer.index]) : null;
    adObjectId = Array.isArray(body.campaign_object_ids) ? scalarString(body.campaign_object_ids[answer.index]) : null;
  } else {
    const data: unknown[] = Array.isArray(body.data) ? body.data : [];
    const level = data[answer.index];
    fragmentId = isRecord(level) ? scalarString(level.id) : null;
    adObjectId = isRecord(level) ? scalarString(level.ad_object_id) : null;
    // Ads Manager adds `campaign_id` = the campaign level's `ad_object_id` only after a quick create answers.
    const campaign = data[answer.campaignIndex];
    parentId = isRecord(campaign) ? scalarString(campaign.ad_object_id) : null;
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
