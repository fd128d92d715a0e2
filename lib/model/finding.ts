import { z } from 'zod';
import { AdLevelSchema } from './ad-level-schema';
import { FactSourceSchema } from './facts';
import { TextSchema } from './graph-failure';

/**
 * The explain catalogue. These ids are a stable contract: tests, scenario files (`expect.top`, `expect.not`) and
 * exports use them.
 */
export const FindingIdSchema = z.enum([
  'validates-ok',
  'hidden-field',
  'extra-field',
  'phone-mismatch',
  'page-number-not-business',
  'api-version',
  'objective-mismatch',
  'value-mismatch',
  'token-missing-scope',
  'page-access',
  'token-invalid',
  'rate-limited',
  'unknown',
]);
export type FindingId = z.infer<typeof FindingIdSchema>;

/**
 * - cause: proven (a validate_only experiment, or a Graph fact that by itself explains the error);
 * - likely: strong circumstantial evidence;
 * - ruled_out: checked, and not the cause;
 * - unknown: could not be checked (e.g. the fact was unreadable with this token).
 */
export const VerdictSchema = z.enum(['cause', 'likely', 'ruled_out', 'unknown']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** One piece of evidence: which fact, its value as read, and where it was read (a Graph call, the diff, a capture). */
export const EvidenceSchema = z.object({
  fact: TextSchema,
  value: z.string(),
  /** A Graph call (batch item) or a plain description such as `diff:promoted_object.page_id` / `ui:response`. */
  source: z.union([FactSourceSchema, z.string()]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  id: FindingIdSchema,
  verdict: VerdictSchema,
  title: TextSchema,
  detail: TextSchema,
  evidence: z.array(EvidenceSchema),
  /** Fix steps, in order. */
  fix: z.array(TextSchema),
  /** Links to Meta documentation or public threads. */
  docs: z.array(z.string().url()).default([]),
  /** For proven fixes: the minimal change (dotted path + op) that made validate_only pass. */
  minimalFix: z
    .array(z.object({ path: z.string(), op: z.enum(['add', 'remove', 'replace']), value: z.unknown().optional() }))
    .optional(),
  /**
   * The object of the chain the finding is about (issue 17): the level of the request that was diagnosed. The
   * catalogue ids are the same at every level; absent in findings made before levels existed (read as `adset`).
   */
  level: AdLevelSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
