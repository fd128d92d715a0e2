import type { Finding } from '../../model';
import type { RuleContext } from '../rule-context';

/** One catalogue rule: a finding (with its verdict) when the rule has something to say, else null. */
export type Rule = (ctx: RuleContext) => Finding | null;
