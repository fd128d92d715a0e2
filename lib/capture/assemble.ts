import type { AdLevel, Capture, CapturedResponse, DraftOperation, FragmentOutcome, Submission, SubmissionEncoding } from '../model';
import { submissionLevel } from '../model/ad-level';
import { identifiersOf } from './identifiers';
import { setOwn } from '../model/record';

/** One capture's part in an assembled ad set: which fields (and bookkeeping) it set, or the publish outcome it gave. */
export interface HistoryStep {
  captureId: string;
  capturedAt: number;
  /** The draft operation, `publish`, or the encoding of a submission that is not a draft fragment. */
  kind: DraftOperation | 'publish' | SubmissionEncoding;
  /** Ad set fields this capture set, with the values it set. */
  fields: Record<string, unknown>;
  /** Names of the bookkeeping values it carried. */
  bookkeeping: string[];
  outcome: FragmentOutcome | null;
}

/**
 * An ad set (or, since issue 17, a campaign, ad or creative) as Ads Manager publishes it: a fragment's create, its
 * later updates and the publish, put together.
 */
export interface AssembledAdset {
  /** The id of its first capture (stays the same as updates arrive, so a selection survives them). */
  id: string;
  level: AdLevel;
  fragmentId: string | null;
  draftId: string | null;
  /** The ad set id once Ads Manager published it (or the one the fragment edits). */
  adObjectId: string | null;
  /** When it was last written. */
  capturedAt: number;
  /** The assembled spec as one submission: what the diff, the equivalent API request and the diagnosis read. */
  submission: Submission;
  /** Oldest first. */
  history: HistoryStep[];
  /** Field → id of the capture whose value the assembled spec holds. */
  setBy: Record<string, string>;
  outcome: FragmentOutcome | null;
}

/** Any level's assembled object (the ad set's shape, which every level shares). */
export type AssembledObject = AssembledAdset;

interface Group {
  level: AdLevel;
  steps: Array<{ capture: Submission | null; step: HistoryStep }>;
  fragmentId: string | null;
  adObjectId: string | null;
  outcome: FragmentOutcome | null;
}

// Runtime imports stay zod-free: the popup assembles on its first paint.

/**
 * Ads Manager spreads one ad set over several requests: a draft fragment is created (its id is in the create's
 * answer, or its batch item's), updated by `POST /{fragment_id}` (or by `ad_object_id` for a published ad set), and
 * published (`{draft}/publish` answers per-fragment statuses). Put each fragment's captures together, values merged
 * in the order they were sent, the publish outcome attached. Submissions that are not draft fragments stand alone.
 * Newest first. Pure, and cheap enough to run on every popup render (`npm run bench` measures it).
 */
export function assembleAdsets(captures: readonly Capture[]): AssembledAdset[] {
  return assembleObjects(captures).filter((a) => a.level === 'adset');
}

/**
 * Every level's objects, assembled the same way (fragment ids are unique across levels, so a publish outcome or an
 * update finds its object whatever its level). An inline creative (`inlineIn`) has no fragment: it is assembled
 * with its ad, one creative per ad, its values merged as the ad's `creative` was rewritten. Newest first.
 */
export function assembleObjects(captures: readonly Capture[]): AssembledObject[] {
  const ordered = captures.map((c, i) => ({ c, i })).sort((a, b) => a.c.capturedAt - b.c.capturedAt || a.i - b.i);
  const groups: Group[] = [];
  const byFragment = new Map<string, Group>();
  const byObject = new Map<string, Group>();
  const byCapture = new Map<string, Group>();
  const creativeOf = new Map<Group, Group>();
  const index = (g: Group) => {
    if (g.fragmentId) byFragment.set(g.fragmentId, g);
    if (g.adObjectId) byObject.set(g.adObjectId, g);
  };
  const settle = (g: Group, o: FragmentOutcome) => {
    g.outcome = o;
    g.adObjectId = o.adObjectId ?? g.adObjectId;
    index(g);
  };
  const start = (level: AdLevel): Group => {
    const g: Group = { level, steps: [], fragmentId: null, adObjectId: null, outcome: null };
    groups.push(g);
    return g;
  };

  for (const { c } of ordered) {
    if (c.kind === 'raw') {
      for (const o of c.publish?.outcomes ?? []) {
        const g = (o.fragmentId ? byFragment.get(o.fragmentId) : undefined) ?? (o.adObjectId ? byObject.get(o.adObjectId) : undefined);
        if (!g) continue;
        settle(g, o);
        g.steps.push({ capture: null, step: stepOf(c.id, c.capturedAt, 'publish', {}, {}, o) });
      }
      continue;
    }
    const level = submissionLevel(c);
    const d = c.draft;
    const ad = c.inlineIn ? byCapture.get(c.inlineIn) : undefined;
    if (ad) {
      // The creative of an ad: the same creative however many times the ad was written.
      let g = creativeOf.get(ad);
      if (!g) {
        g = start(level);
        creativeOf.set(ad, g);
      }
      g.steps.push({ capture: c, step: stepOf(c.id, c.capturedAt, d?.operation ?? c.encoding, c.request.fields, c.bookkeeping ?? {}, null) });
      byCapture.set(c.id, g);
      continue;
    }
    if (!d) {
      const g = start(level);
      g.steps.push({ capture: c, step: stepOf(c.id, c.capturedAt, c.encoding, c.request.fields, c.bookkeeping ?? {}, null) });
      byCapture.set(c.id, g);
      continue;
    }
    // A create starts a fragment; only updates join one (a replayed answer naming an id twice must not merge two ad sets).
    const joins = d.operation === 'update';
    let g = joins ? ((d.fragmentId ? byFragment.get(d.fragmentId) : undefined) ?? (d.adObjectId ? byObject.get(d.adObjectId) : undefined)) : undefined;
    g ??= start(level);
    g.fragmentId ??= d.fragmentId ?? null;
    g.adObjectId ??= d.adObjectId ?? null;
    index(g);
    byCapture.set(c.id, g);
    const withPublish = d.outcome ?? null;
    g.steps.push({ capture: c, step: stepOf(c.id, c.capturedAt, d.operation ?? 'create', c.request.fields, c.bookkeeping ?? {}, withPublish) });
    if (withPublish) settle(g, withPublish);
  }
  // Newest first; among objects written at the same moment (one multi-fragment call), the last one sent first.
  return groups
    .filter((g) => g.steps.some((s) => s.capture))
    .map(assembled)
    .reverse()
    .sort((a, b) => b.capturedAt - a.capturedAt);
}

/** The submission to compare for an id from the list: an assembled object of any level, else the capture itself. */
export function submissionFor(captures: readonly Capture[], id: string | null): Submission | null {
  if (!id) return null;
  const found = assembleObjects(captures).find((a) => a.id === id || a.history.some((s) => s.captureId === id));
  return found?.submission ?? null;
}

function stepOf(
  captureId: string,
  capturedAt: number,
  kind: HistoryStep['kind'],
  fields: Record<string, unknown>,
  bookkeeping: Record<string, unknown>,
  outcome: FragmentOutcome | null,
): HistoryStep {
  return { captureId, capturedAt, kind, fields, bookkeeping: Object.keys(bookkeeping), outcome };
}

function assembled(g: Group): AssembledAdset {
  const writes = g.steps.filter((s): s is { capture: Submission; step: HistoryStep } => s.capture !== null);
  const first = writes[0]!.capture;
  const history = g.steps.map((s) => s.step);
  const capturedAt = Math.max(...history.map((s) => s.capturedAt));
  if (!first.draft && writes.length === 1) {
    return { id: first.id, level: g.level, fragmentId: null, draftId: null, adObjectId: null, capturedAt, submission: first, history, setBy: setByOf(writes), outcome: null };
  }
  const fields: Record<string, unknown> = {};
  const bookkeeping: Record<string, unknown> = {};
  for (const { capture } of writes) {
    for (const [k, v] of Object.entries(capture.request.fields)) setOwn(fields, k, v);
    for (const [k, v] of Object.entries(capture.bookkeeping ?? {})) setOwn(bookkeeping, k, v);
  }
  const parentId = writes.map((w) => w.capture.draft?.parentId).find((p) => p) ?? null;
  const setBy = setByOf(writes);
  // An ad set is published under its parent campaign, an ad under its parent ad set: when no value names the
  // parent, the draft's parent does (quick create adds `campaign_id`/`adset_id` only after its call). Temporary ids
  // are negative and are not objects.
  const parentField = g.level === 'adset' ? 'campaign_id' : g.level === 'ad' ? 'adset_id' : null;
  if (parentField && !Object.hasOwn(fields, parentField) && parentId && /^\d+$/.test(parentId)) {
    fields[parentField] = parentId;
    setBy[parentField] = first.id;
  }
  const last = writes.at(-1)!.capture;
  const response = responseOf(writes.map((w) => w.capture.response).filter((r): r is CapturedResponse => r !== null).at(-1) ?? null, g.outcome);
  const adAccountId = writes.map((w) => w.capture.request.adAccountId).find((a) => a) ?? null;
  const submission: Submission = {
    ...first,
    capturedAt,
    request: {
      ...first.request,
      apiVersion: writes.map((w) => w.capture.request.apiVersion).filter((v) => v).at(-1) ?? null,
      adAccountId,
      fields,
      transport: last.request.transport,
    },
    identifiers: identifiersOf(adAccountId, fields, first.inlineIn ? null : response, first.level),
    tokenPresent: writes.some((w) => w.capture.tokenPresent),
    response,
    draft: first.draft ? { ...first.draft, parentId, fragmentId: g.fragmentId, adObjectId: g.adObjectId } : null,
    bookkeeping,
  };
  return { id: first.id, level: g.level, fragmentId: g.fragmentId, draftId: first.draft?.draftId ?? null, adObjectId: g.adObjectId, capturedAt, submission, history, setBy, outcome: g.outcome };
}

function setByOf(writes: Array<{ capture: Submission }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { capture } of writes) for (const k of Object.keys(capture.request.fields)) setOwn(out, k, capture.id);
  return out;
}

/** The last answer the UI got, with a failed publish's error as the UI's error (that is what the user saw). */
function responseOf(last: CapturedResponse | null, outcome: FragmentOutcome | null): CapturedResponse | null {
  if (!outcome?.error) return last;
  return { ...(last ?? { status: 200, body: undefined, truncated: false, createdIds: [], fbtraceIds: [], whatsappNumbers: [] }), error: outcome.error };
}
