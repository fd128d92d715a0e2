import type { Finding } from '../model';
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
  const unknown = unknownFinding(ctx, findings);
  if (unknown) findings.push(unknown);
  return rankFindings(findings);
}
