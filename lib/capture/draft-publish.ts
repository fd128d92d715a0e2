import { graphErrorOf, type DraftPublish, type FragmentOutcome, type GraphError } from '../model';
import { decodeJsonString } from './json-text';
import { isRecord, scalarString } from '../model/record';
import type { RequestContext } from './request-context';

const MAX_FRAGMENTS = 200;

/**
 * `POST {draft_id}/publish` as Ads Manager's `AdsDraftPublishDataManager` sends it (`_reqName=object:draft_id/publish`):
 * `fragments=["id",…]`, `ignore_errors`, `include_fragment_statuses` and no ad set fields. The answer carries
 * `publish_status.fragment_statuses[]` (public replays read `[0].status` = `IN_PROGRESS`); how successes and failures
 * look is not public, so `outcomesOf` reads it defensively. Null when the request is not a draft publish.
 */
export function decodeDraftPublish(ctx: RequestContext, answer: unknown): DraftPublish | null {
  const nodes = ctx.path.split('/').filter((p) => p.length > 0 && !/^v\d{1,3}\.\d{1,2}$/.test(p));
  const reqSrc = typeof ctx.params._reqSrc === 'string' ? ctx.params._reqSrc : '';
  if (nodes.at(-1) !== 'publish' && reqSrc !== 'AdsDraftPublishDataManager') return null;
  const raw = ctx.params.fragments;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? decodeJsonString(raw) : undefined;
  if (!Array.isArray(list) && !Object.hasOwn(ctx.params, 'include_fragment_statuses')) return null;
  const fragmentIds = (Array.isArray(list) ? list : [])
    .slice(0, MAX_FRAGMENTS)
    .map(scalarString)
    .filter((s): s is string => s !== null);
  return {
    draftId: nodes.at(-1) === 'publish' && nodes.length >= 2 ? nodes.at(-2)! : null,
    fragmentIds,
    outcomes: outcomesOf(answer, fragmentIds),
  };
}

/**
 * Per-fragment outcomes of a publish answer (also the one `addraft_fragments_with_publish` gives). A status entry
 * names its fragment as `fragment_id`/`ad_draft_fragment_id`/`id`, else it is matched by position with the
 * fragments sent; an error for the whole call fails every fragment sent.
 */
export function outcomesOf(answer: unknown, fragmentIds: readonly string[]): FragmentOutcome[] {
  const whole = graphErrorOf(answer);
  if (whole) return fragmentIds.map((id) => outcome(id, 'failed', null, null, whole));
  if (!isRecord(answer)) return [];
  const status = isRecord(answer.publish_status) ? answer.publish_status : null;
  const entries = status && Array.isArray(status.fragment_statuses) ? status.fragment_statuses.slice(0, MAX_FRAGMENTS) : [];
  const out = entries.filter(isRecord).map((e, i) => {
    const id = scalarString(e.fragment_id) ?? scalarString(e.ad_draft_fragment_id) ?? scalarString(e.id) ?? fragmentIds[i] ?? null;
    const raw = scalarString(e.status) ?? scalarString(e.publish_status);
    const error = errorIn(e);
    const adObjectId = scalarString(e.ad_object_id) ?? scalarString(e.object_id);
    return outcome(id, error ? 'failed' : statusOf(raw, adObjectId), raw, adObjectId, error);
  });
  if (out.length === 0 && status) {
    // No per-fragment entries: the overall status stands for every fragment sent.
    const raw = scalarString(status.status);
    return fragmentIds.map((id) => outcome(id, statusOf(raw, null), raw, null, null));
  }
  return out;
}

function statusOf(raw: string | null, adObjectId: string | null): FragmentOutcome['status'] {
  const s = (raw ?? '').toUpperCase();
  if (/FAIL|ERROR|REJECT/.test(s)) return 'failed';
  if (/SUCCE|PUBLISHED|COMPLETE|DONE|FINISHED/.test(s)) return 'published';
  if (!s && adObjectId) return 'published';
  return 'in_progress';
}

/** `{error:{…}}`, `error: {…}`, `errors: [{…}]` or `error_message`: whatever names the failure. */
function errorIn(e: Record<string, unknown>): GraphError | null {
  const direct = graphErrorOf(e) ?? graphErrorOf({ error: e.error });
  if (direct) return direct;
  if (Array.isArray(e.errors) && isRecord(e.errors[0])) return graphErrorOf({ error: e.errors[0] }) ?? messageError(e.errors[0].message);
  return messageError(e.error_message ?? (typeof e.error === 'string' ? e.error : undefined));
}

function messageError(message: unknown): GraphError | null {
  return typeof message === 'string' && message ? graphErrorOf({ error: { message } }) : null;
}

function outcome(
  fragmentId: string | null,
  status: FragmentOutcome['status'],
  rawStatus: string | null,
  adObjectId: string | null,
  error: GraphError | null,
): FragmentOutcome {
  return { fragmentId, status, rawStatus, adObjectId, error };
}
