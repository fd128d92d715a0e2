import { z } from 'zod';
import { DiffSchema } from '../diff';
import { AdsetRequestSchema, FactsSchema, FindingSchema, SubmissionSchema } from '../model';

/** Where the API side of a comparison came from. */
export const ApiSideSchema = z.object({
  request: AdsetRequestSchema,
  /** `curl` | `json` | `form` | `explorer` | `har` | `params` for a pasted request; `ui-equivalent` when built from the capture. */
  format: z.string(),
  /** True when a token was found in what the user pasted (the token itself is never kept here). */
  tokenFound: z.boolean().default(false),
  /** Fields the pasted code computes, given a value from Ads Manager or typed by the user (`campaign_id ← campaignId`). */
  filled: z.array(z.object({ name: z.string(), source: z.string(), from: z.enum(['ads_manager', 'user']) })).optional(),
  /** Fields the pasted code computes that had no value anywhere: left out of the request. */
  missing: z.array(z.object({ name: z.string(), source: z.string() })).optional(),
});
export type ApiSide = z.infer<typeof ApiSideSchema>;

/**
 * The result of one "Explain why the API fails" run: both requests, their diff, the Graph facts and the ranked
 * findings (best first). This is what the popup renders and what lib/report turns into exports.
 */
export const ExplanationSchema = z.object({
  /** The Ads Manager submission compared against (null when the user only pasted an API request). */
  ui: SubmissionSchema.nullable(),
  api: ApiSideSchema,
  /** The Marketing API request equivalent to the UI submission (null without a capture). */
  uiEquivalent: AdsetRequestSchema.nullable(),
  diff: DiffSchema.nullable(),
  facts: FactsSchema.nullable(),
  findings: z.array(FindingSchema),
  /** When the run started and ended (ms since epoch). */
  startedAt: z.number(),
  finishedAt: z.number(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;
