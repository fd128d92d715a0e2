// lib/explain: the rules that turn a diff and Graph facts into ranked findings, the pipeline the background runs,
// the offline scenario runner and working-vs-failing comparison.
export { ExplanationSchema, ApiSideSchema, type Explanation, type ApiSide } from './explanation';
export { explain, DEFAULT_API_VERSION, type ExplainInput, type ExplainDeps, type ExplainStage } from './pipeline';
export { compareBundles, type FactDifference } from './compare-bundles';
export { runRules } from './run-rules';
export { rankFindings, isProven } from './rank-findings';
export { buildVariants, probeVariants } from './build-variants';
export { recogniseError, type KnownError } from './known-errors';
export { OBJECTIVE_COMPAT, checkObjective, type CompatRow } from './objective-compat';
export { renderFinding, renderExplanation } from './render-text';
export type { RuleContext } from './rule-context';
