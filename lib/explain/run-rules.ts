import type { Finding } from '../model';
import { text } from '../i18n/text';
import { actorDifference, CONTENT_FINDINGS } from './actor';
import { withBlame } from './blame';
import { rankFindings } from './rank-findings';
import type { RuleContext } from './rule-context';
import { RULES, unknownFinding } from './rules';

/** Every rule on the context (a finding citing a run whose error blames fields names them with their values), the `unknown` summary when nothing is cause/likely, ranked best first. */
export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { rule } of RULES) {
    const f = rule(ctx);
    if (f) findings.push(withBlame(ctx, f));
  }
  // Ads Manager's own request fails with the user's token too: what is sent is ruled out, whatever a content rule
  // found circumstantially; only the actor's facts (scopes, token type, Page role, WABA access) remain.
  if (actorDifference(ctx)) {
    for (const [i, f] of findings.entries()) {
      if (CONTENT_FINDINGS.has(f.id) && f.verdict !== 'ruled_out' && !f.minimalFix?.length) {
        findings[i] = { ...f, verdict: 'ruled_out', detail: text('explain_actor_content_ruled_out') };
      }
    }
  }
  const unknown = unknownFinding(ctx, findings);
  if (unknown) findings.push(unknown);
  return rankFindings(findings);
}
