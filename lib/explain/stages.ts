// No imports: the popup's first chunk shows these as progress without loading the pipeline.

/** The stages of one explanation, in order: what the pipeline reports as it goes, and the popup shows. */
export const EXPLAIN_STAGES = ['diff', 'graph', 'rules'] as const;
export type ExplainStage = (typeof EXPLAIN_STAGES)[number];
