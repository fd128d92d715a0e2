import type { Finding, FindingId, Verdict } from '../model';
import { FindingIdSchema } from '../model';

const VERDICT_ORDER: Record<Verdict, number> = { cause: 0, likely: 1, unknown: 2, ruled_out: 3 };
const CATALOGUE_ORDER = new Map<FindingId, number>(FindingIdSchema.options.map((id, i) => [id, i]));
/** Among equals: the `unknown` summary heads the unknowns; blockers (token, rate limit) head the causes. */
const TIE_BREAK: readonly FindingId[] = ['unknown', 'validates-ok', 'token-invalid', 'rate-limited'];

/** Proven by validate_only: a minimal fix that passed, or the request itself passing. */
export function isProven(f: Finding): boolean {
  return f.verdict === 'cause' && ((f.minimalFix?.length ?? 0) > 0 || f.id === 'validates-ok');
}

/**
 * Best first: cause > likely > unknown > ruled_out; among causes, the validate_only-proven ones first (fewest
 * changes first — the minimal fix); then the catalogue order. Stable and pure.
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => {
    const tie = TIE_BREAK.indexOf(f.id);
    return [
      VERDICT_ORDER[f.verdict],
      isProven(f) ? 0 : 1,
      f.minimalFix?.length ?? 99,
      tie === -1 ? TIE_BREAK.length : tie,
      CATALOGUE_ORDER.get(f.id) ?? 99,
    ];
  };
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => {
      for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return a.k[j]! - b.k[j]!;
      return a.i - b.i;
    })
    .map((x) => x.f);
}
