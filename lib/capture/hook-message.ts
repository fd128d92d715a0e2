// zod/mini: the same validation as classic zod at a fraction of the bytes — this schema is bundled into the
// isolated content script, which must stay small.
import * as z from 'zod/mini';
import type { HookRequest } from '../model';
import { HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_METHOD, MAX_RESPONSE, MAX_URL } from './limits';

export { HOOK_EVENT, HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_METHOD, MAX_RESPONSE, MAX_URL } from './limits';

const MAX_HEADER_NAME = 256;
const MAX_HEADER_VALUE = 8192;

// The page world is untrusted: any script on the page can post a message that looks like ours. Check the entry
// count before zod walks the record, so a 10^6-key object costs one Object.keys, not 10^6 validations.
const HeadersSchema = z.pipe(
  z.custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length <= MAX_HEADERS,
    { message: `at most ${MAX_HEADERS} headers` },
  ),
  z.record(z.string().check(z.maxLength(MAX_HEADER_NAME)), z.string().check(z.maxLength(MAX_HEADER_VALUE))),
);

/** A message from the MAIN-world hook, as the isolated content script must validate it before forwarding. */
export const HookMessageSchema = z.object({
  source: z.literal(HOOK_SOURCE),
  v: z.literal(HOOK_VERSION),
  transport: z.enum(['fetch', 'xhr']),
  method: z.string().check(z.minLength(1), z.maxLength(MAX_METHOD)),
  url: z.string().check(z.minLength(1), z.maxLength(MAX_URL)),
  headers: HeadersSchema,
  body: z.nullable(z.string().check(z.maxLength(MAX_BODY))),
  bodyType: z.string().check(z.maxLength(64)),
  response: z.nullable(
    z.object({
      status: z.number().check(z.int(), z.minimum(0), z.maximum(999)),
      body: z.nullable(z.string().check(z.maxLength(MAX_RESPONSE))),
    }),
  ),
  failure: z.nullable(z.string().check(z.maxLength(256))),
  startedAt: z.number(),
});
export type HookMessage = z.infer<typeof HookMessageSchema>;

/** The `HookRequest` inside a validated hook message (drops the tag). */
export function hookRequestOf(msg: HookMessage): HookRequest {
  return {
    transport: msg.transport,
    method: msg.method,
    url: msg.url,
    headers: msg.headers,
    body: msg.body,
    bodyType: msg.bodyType,
    response: msg.response,
    failure: msg.failure,
    startedAt: msg.startedAt,
  };
}
