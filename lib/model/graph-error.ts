import { z } from 'zod';

/**
 * The Graph API error object: `{"error": {message, type, code, error_subcode, is_transient, error_user_title,
 * error_user_msg, fbtrace_id}}`. `error_user_*` and even `message` are localised by Meta, so nothing may classify
 * an error by its text: use `code` / `error_subcode`. Unknown members are kept (`passthrough`).
 */
export const GraphErrorSchema = z
  .object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.coerce.number().int().optional(),
    error_subcode: z.coerce.number().int().optional(),
    is_transient: z.boolean().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    fbtrace_id: z.string().optional(),
    error_data: z.unknown().optional(),
  })
  .passthrough();
export type GraphError = z.infer<typeof GraphErrorSchema>;

export const GraphErrorEnvelopeSchema = z.object({ error: GraphErrorSchema }).passthrough();

/** The error inside a Graph answer body, or null when the body is not a Graph error. */
export function graphErrorOf(body: unknown): GraphError | null {
  const parsed = GraphErrorEnvelopeSchema.safeParse(body);
  return parsed.success ? parsed.data.error : null;
}
