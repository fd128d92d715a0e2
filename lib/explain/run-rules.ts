import type { Finding } from '../model';
import { rankFindings } from './rank-findings';
import type { RuleContext } from './rule-context';
import { RULES, unknownFinding } from './rules';

/** Every rule on the context, the `unknown` summary when nothing is cause/likely, ranked best first. */
export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { rule } of RULES) {
    const f = rule(ctx);
    if (f) findings.push(f);
  }
  const unknown = unknownFinding(ctx, findings);
  if (unknown) findings.push(unknown);
  return rankFindings(findings);
}
