import { AD_LEVELS, type AdLevel } from '../model/ad-level';
import { blamedFields } from '../model/blamed-fields';
import type { GraphError } from '../model/graph-error';
import type { Capture } from '../model';
import { assembleObjects, type AssembledObject } from './assemble';
import { isRecord, scalarString } from '../model/record';

/**
 * How one object of a publish ended, as far as the captured answers say: `published` (a publish outcome, or a direct
 * POST answered with its id), `failed` (the answer's error), `in_progress` (a publish still running), `draft` (saved
 * in the draft, no publish seen), `unknown` (no answer seen, or an inline creative whose ad failed for another reason).
 */
export type ChainStatus = 'published' | 'failed' | 'in_progress' | 'draft' | 'unknown';

export interface ChainObject {
  object: AssembledObject;
  status: ChainStatus;
  /** What Ads Manager got back for this object (for an inline creative: its ad's error, when it is blamed on it). */
  error: GraphError | null;
  /** The object's id once created (publish outcome, draft answer or `{id}` of a direct POST). */
  objectId: string | null;
}

export interface ChainLevel {
  level: AdLevel;
  /** Several when one publish wrote several (two ad sets of one multi call). */
  objects: ChainObject[];
}

/** One publish: the campaign → ad set → ad → creative objects that belong together. */
export interface AssembledChain {
  /** The id of its oldest object (stable as later writes arrive). */
  id: string;
  capturedAt: number;
  draftId: string | null;
  /** Parent before child; only the levels captured. */
  levels: ChainLevel[];
  /** The first level, parent before child, whose object failed: where a diagnosis starts. Null when none failed. */
  failedLevel: AdLevel | null;
}

/**
 * Group the captured objects of every level into publishes. Objects belong together when they share a draft (Ads
 * Manager writes a whole chain into one draft and publishes it), were sent in one request (a batch's items, an ad
 * and its inline creative), or one names another's id: an ad set's `campaign_id`, an ad's `adset_id` or
 * `creative.creative_id`, a fragment's parent, against the ids the objects were created with. Newest first. Pure.
 */
export function assembleChains(captures: readonly Capture[]): AssembledChain[] {
  const objects = assembleObjects(captures);
  const parent = objects.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byKey = new Map<string, number>();
  const join = (key: string | null, i: number) => {
    if (!key) return;
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, i);
    else union(other, i);
  };
  objects.forEach((o, i) => {
    if (o.draftId) join(`draft:${o.draftId}`, i);
    for (const step of o.history) if (step.kind !== 'publish') join(`request:${requestOf(step.captureId)}`, i);
    for (const id of idsOf(o)) join(`id:${id}`, i);
  });
  // References second: every object's own ids are known by now, whatever the capture order.
  objects.forEach((o, i) => {
    for (const ref of referencesOf(o)) {
      const other = byKey.get(`id:${ref}`);
      if (other !== undefined) union(other, i);
    }
  });

  const groups = new Map<number, AssembledObject[]>();
  objects.forEach((o, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), o]);
  });
  return [...groups.values()].map(chainOf).sort((a, b) => b.capturedAt - a.capturedAt);
}

/** Captures of one request are `id`, or `id:0`, `id:1`, … (lib/capture/decode-capture.ts). */
function requestOf(captureId: string): string {
  return captureId.replace(/:\d+$/, '');
}

function idsOf(o: AssembledObject): string[] {
  const s = o.submission;
  const ids = [o.fragmentId, o.adObjectId];
  // A direct POST's answer is `{id}`; an inline creative's answer is its ad's, so it names no creative.
  if (!s.inlineIn && !s.draft && !s.response?.error) ids.push(...(s.response?.createdIds ?? []));
  return ids.filter((x): x is string => !!x);
}

function referencesOf(o: AssembledObject): string[] {
  const f = o.submission.request.fields;
  const creative = isRecord(f.creative) ? f.creative : {};
  return [scalarString(f.campaign_id), scalarString(f.adset_id), scalarString(creative.creative_id), o.submission.draft?.parentId ?? null].filter(
    (x): x is string => !!x,
  );
}

function chainOf(objects: AssembledObject[]): AssembledChain {
  const oldest = [...objects].sort((a, b) => firstAt(a) - firstAt(b))[0]!;
  const entries = objects.map((o) => ({ o, ...statusOf(o) }));
  // An inline creative fails with its ad when Graph blames the ad's `creative` (blame_field_specs `[["creative", …]]`).
  const adById = new Map(entries.filter((e) => e.o.level === 'ad').flatMap((e) => e.o.history.map((h) => [h.captureId, e] as const)));
  for (const e of entries) {
    const inlineIn = e.o.submission.inlineIn;
    const ad = inlineIn ? adById.get(inlineIn) : undefined;
    if (!ad) continue;
    if (ad.status === 'failed' && blamesCreative(ad.error)) {
      e.status = 'failed';
      e.error = ad.error;
    } else {
      e.status = ad.status === 'failed' ? 'unknown' : ad.status;
      e.error = null;
    }
  }
  const levels: ChainLevel[] = AD_LEVELS.map((level) => ({
    level,
    objects: entries
      .filter((e) => e.o.level === level)
      .sort((a, b) => firstAt(a.o) - firstAt(b.o))
      .map((e) => ({ object: e.o, status: e.status, error: e.error, objectId: e.objectId })),
  })).filter((l) => l.objects.length > 0);
  return {
    id: oldest.id,
    capturedAt: Math.max(...objects.map((o) => o.capturedAt)),
    draftId: objects.map((o) => o.draftId).find((d) => d) ?? null,
    levels,
    failedLevel: failedLevelOf(levels),
  };
}

/** Parent first; an ad that failed only because of its inline creative leaves the creative as the failing level. */
function failedLevelOf(levels: ChainLevel[]): AdLevel | null {
  const creatives = levels.find((l) => l.level === 'creative')?.objects ?? [];
  for (const l of levels) {
    const failed = l.objects.filter((o) => o.status === 'failed');
    if (!failed.length) continue;
    if (l.level === 'ad' && failed.every((ad) => creatives.some((c) => c.status === 'failed' && ad.object.history.some((h) => h.captureId === c.object.submission.inlineIn)))) {
      continue;
    }
    return l.level;
  }
  return null;
}

function blamesCreative(error: GraphError | null): boolean {
  return blamedFields(error).some((f) => f === 'creative' || f.startsWith('creative.'));
}

function statusOf(o: AssembledObject): { status: ChainStatus; error: GraphError | null; objectId: string | null } {
  const s = o.submission;
  const error = o.outcome?.error ?? s.response?.error ?? null;
  const created = s.draft || s.inlineIn ? null : (s.response?.createdIds[0] ?? null);
  const objectId = o.adObjectId ?? o.outcome?.adObjectId ?? (error ? null : created);
  if (o.outcome) return { status: o.outcome.status, error: o.outcome.error, objectId };
  if (error) return { status: 'failed', error, objectId: null };
  if (s.draft) return { status: 'draft', error: null, objectId };
  return { status: created ? 'published' : 'unknown', error: null, objectId };
}

function firstAt(o: AssembledObject): number {
  return Math.min(...o.history.map((h) => h.capturedAt));
}
