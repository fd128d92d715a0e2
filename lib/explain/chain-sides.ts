import { assembleChains, submissionFor, type AssembledChain } from '../capture';
import { submissionLevel, type AdLevel, type Capture, type Submission } from '../model';

/** The ad set a publish created: the id its answer gave, or the one its draft fragment became. */
export function publishedAdsetId(adset: Submission | null): string | null {
  if (!adset || submissionLevel(adset) !== 'adset') return null;
  return adset.response?.createdIds[0] ?? adset.draft?.adObjectId ?? null;
}

/**
 * Ads Manager's object of one level among the captures, newest last: the one a pasted request of that level is
 * compared with when no publish is selected. Null when there is none at that level.
 */
export function captureAtLevel(captures: readonly Capture[], level: AdLevel): Submission | null {
  return captures.filter((c): c is Submission => c.kind === 'submission' && submissionLevel(c) === level).at(-1) ?? null;
}

/** The publish the selection belongs to: a chain's id, or any of its objects' (or their captures') ids. */
function chainOf(chains: readonly AssembledChain[], id: string): AssembledChain | null {
  return (
    chains.find(
      (c) => c.id === id || c.levels.some((l) => l.objects.some((o) => o.object.id === id || o.object.history.some((h) => h.captureId === id))),
    ) ?? null
  );
}

/**
 * What a request of `level` is explained against, given the selection (a publish, or one of its objects): Ads
 * Manager's object of that level in the same publish (compared field by field), and the publish's ad set (the one a
 * creative is dry-run under: Graph has no validate_only for creatives). Without a selected publish: the selected
 * object when it is of that level, else the newest of that level in the tab. `captures` oldest first.
 */
export function sidesForLevel(selectedId: string | null, captures: readonly Capture[], level: AdLevel): { ui: Submission | null; adsetId: string | null } {
  const chain = selectedId ? chainOf(assembleChains(captures), selectedId) : null;
  if (chain) {
    const at = (l: AdLevel) => chain.levels.find((x) => x.level === l)?.objects.at(-1) ?? null;
    const adset = at('adset');
    return {
      ui: at(level)?.object.submission ?? null,
      adsetId: level === 'adset' ? null : (adset?.objectId ?? publishedAdsetId(adset?.object.submission ?? null)),
    };
  }
  const selected = submissionFor(captures, selectedId);
  if (selected && submissionLevel(selected) === level) return { ui: selected, adsetId: null };
  return { ui: level === 'adset' ? selected : captureAtLevel(captures, level), adsetId: level === 'adset' ? null : publishedAdsetId(selected) };
}

/**
 * Without a pasted request, the selected publish's first failing level (parent before child: the capture side's
 * `failedLevel`) is diagnosed first, compared with its own API equivalent; when nothing failed, the selected object.
 */
export function sidesForSelection(selectedId: string | null, captures: readonly Capture[]): { ui: Submission | null; adsetId: string | null } {
  const chain = selectedId ? chainOf(assembleChains(captures), selectedId) : null;
  const failed = chain?.failedLevel ? chain.levels.find((l) => l.level === chain.failedLevel) : undefined;
  const object = failed?.objects.find((o) => o.status === 'failed') ?? failed?.objects.at(-1);
  if (!chain || !failed || !object) return { ui: submissionFor(captures, selectedId), adsetId: null };
  const adset = chain.levels.find((l) => l.level === 'adset')?.objects.at(-1) ?? null;
  return {
    ui: object.object.submission,
    adsetId: failed.level === 'adset' ? null : (adset?.objectId ?? publishedAdsetId(adset?.object.submission ?? null)),
  };
}
