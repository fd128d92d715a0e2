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

/**
 * The request fields Graph blames for an error, as dotted paths (`optimization_goal`, `promoted_object.page_id`).
 * `error_data` arrives as JSON text (2490408's public bodies) or as an object; it carries `blame_field_specs`
 * (a list of paths, each a list of keys) and sometimes a plain `blame_field` (facebook-php-business-sdk issue #237:
 * "`blame_field` comes in addition to `blame_field_specs`, for when a simple field name suffices").
 */
export function blamedFields(error: GraphError | null | undefined): string[] {
  let data: unknown = error?.error_data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return [];
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const out: string[] = [];
  const specs = record['blame_field_specs'];
  if (Array.isArray(specs)) {
    for (const spec of specs) {
      const keys = Array.isArray(spec) ? spec : [spec];
      const path = keys.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number').join('.');
      if (path) out.push(path);
    }
  }
  if (typeof record['blame_field'] === 'string' && record['blame_field']) out.push(record['blame_field']);
  return [...new Set(out)];
}
