import { z } from 'zod';
import { GraphErrorSchema } from './graph-error';

/** A localisable text as stored in facts and reports (see lib/i18n/text.ts). */
export const TextSchema = z.object({ key: z.string(), subs: z.array(z.string()).optional() });

/**
 * What went wrong with one Graph call, classified by `code` / `error_subcode` (never by message text: Meta localises
 * `message` and `error_user_*`). One type for every failure so a finding can name it and the popup can render it.
 */
export const GraphFailureKindSchema = z.enum([
  'token',
  'permission',
  'rate_limit',
  'version',
  'not_found',
  'invalid_param',
  'network',
  'timeout',
  'non_json',
  'server',
  'unknown',
]);
export type GraphFailureKind = z.infer<typeof GraphFailureKindSchema>;

export const GraphFailureSchema = z.object({
  kind: GraphFailureKindSchema,
  code: z.number().int().optional(),
  subcode: z.number().int().optional(),
  /** HTTP status of the answer (of the batch item when it came from a batch), when there was one. */
  httpStatus: z.number().int().optional(),
  fbtraceId: z.string().optional(),
  /** The Graph error object as Meta sent it (kept for support tickets: it carries `fbtrace_id`). */
  graphError: GraphErrorSchema.optional(),
  /** What happened, in the user's language. */
  message: TextSchema,
  /** What to do about it. */
  action: TextSchema,
  /** When a retry makes sense (rate limits), from the usage headers when Meta sent them. */
  retryAfterSeconds: z.number().nonnegative().optional(),
});
export type GraphFailure = z.infer<typeof GraphFailureSchema>;
