import { text, type Text } from '../i18n/text';
import type { Change, Evidence, Finding, FindingId, Verdict } from '../model';
import { showValue } from './show-value';

export interface FindingParts {
  /** Defaults to the catalogue title of the id (`explain_title_<id>`). */
  title?: Text;
  detail: Text;
  evidence: Evidence[];
  fix?: Text[];
  docs?: readonly string[];
  minimalFix?: Change[];
}

/** One finding; the title key is derived from the id so every catalogue entry has one stable title. */
export function makeFinding(id: FindingId, verdict: Verdict, parts: FindingParts): Finding {
  return {
    id,
    verdict,
    title: parts.title ?? text(`explain_title_${id.replace(/-/g, '_')}`),
    detail: parts.detail,
    evidence: parts.evidence,
    fix: parts.fix ?? [],
    docs: [...new Set(parts.docs ?? [])],
    ...(parts.minimalFix && parts.minimalFix.length ? { minimalFix: parts.minimalFix.map((c) => ({ ...c })) } : {}),
  };
}

/**
 * Concrete fix steps for a change set: "Add promoted_object.x = 5012… to your request". `documented`: the value comes
 * from Meta's documented shape (a level probe), not from Ads Manager's request.
 */
export function changeSteps(changes: readonly Change[], documented = false): Text[] {
  return changes.map((c) => {
    if (c.path === 'api_version') return text('explain_fix_version', showValue(c.value));
    if (c.op === 'add') return text(documented ? 'explain_fix_add_documented' : 'explain_fix_add', c.path, showValue(c.value));
    if (c.op === 'remove') return text('explain_fix_remove', c.path);
    return text('explain_fix_replace', c.path, showValue(c.value));
  });
}

/** `a, b and c` without locale grammar: paths are code, joined with commas. */
export function pathsOf(changes: readonly Change[]): string {
  return changes.map((c) => c.path).join(', ');
}
