import { z } from 'zod';

/**
 * One operation of a Graph batch call (https://developers.facebook.com/docs/graph-api/batch-requests):
 * `relative_url` has no leading slash and may start with a version (`v22.0/act_1/adsets`) to override the
 * version of the batch URL; GET items carry their query in `relative_url`; POST items carry a form-encoded `body`.
 */
export interface BatchOperation {
  method: 'GET' | 'POST' | 'DELETE';
  relativeUrl: string;
  /** Form parameters of a POST item (values already strings: objects JSON-encoded, see encodeFields). */
  body?: Record<string, string>;
  /**
   * Names the item so later items can use its answer as `{result=NAME:$.json.path}` (a `*` step joins every match
   * with commas). Graph then omits a named item's answer on success unless `omitResponseOnSuccess` is false; an item
   * whose dependency failed answers `null` (https://developers.facebook.com/docs/graph-api/batch-requests).
   */
  name?: string;
  omitResponseOnSuccess?: boolean;
}

/** Graph's batch limit: at most 50 operations per call. */
export const MAX_BATCH = 50;

/** The form body of a batch call: `access_token=…&include_headers=false&batch=[…]`. */
export function encodeBatchBody(ops: readonly BatchOperation[], token: string, includeHeaders = false): string {
  const batch = ops.map((op) => ({
    method: op.method,
    relative_url: op.relativeUrl.replace(/^\/+/, ''),
    ...(op.body ? { body: new URLSearchParams(op.body).toString() } : {}),
    ...(op.name ? { name: op.name } : {}),
    ...(op.omitResponseOnSuccess !== undefined ? { omit_response_on_success: op.omitResponseOnSuccess } : {}),
  }));
  const form = new URLSearchParams();
  form.set('access_token', token);
  form.set('include_headers', String(includeHeaders));
  form.set('batch', JSON.stringify(batch));
  return form.toString();
}

/**
 * One item of a batch answer: `{code, headers?: [{name, value}], body?: "<json string>"}`, or `null` for an
 * operation that did not complete (Graph's answer for a timed-out item).
 */
export const BatchAnswerItemSchema = z
  .object({
    code: z.number().int(),
    headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
    body: z.string().optional(),
  })
  .nullable();
export type BatchAnswerItem = z.infer<typeof BatchAnswerItemSchema>;

export const BatchAnswerSchema = z.array(BatchAnswerItemSchema);

/** Item headers as a lower-case record. */
export function itemHeaders(item: NonNullable<BatchAnswerItem>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of item.headers ?? []) out[h.name.toLowerCase()] = h.value;
  return out;
}
