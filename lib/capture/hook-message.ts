import { z } from 'zod';
import type { HookRequest } from '../model';
import { HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_METHOD, MAX_RESPONSE, MAX_URL } from './limits';

export { HOOK_EVENT, HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_METHOD, MAX_RESPONSE, MAX_URL } from './limits';

const MAX_HEADER_NAME = 256;
const MAX_HEADER_VALUE = 8192;

// The page world is untrusted: any script on the page can post a message that looks like ours. Check the entry
// count before zod walks the record, so a 10^6-key object costs one Object.keys, not 10^6 validations.
const HeadersSchema = z
  .custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length <= MAX_HEADERS,
    { message: `at most ${MAX_HEADERS} headers` },
  )
  .pipe(z.record(z.string().max(MAX_HEADER_NAME), z.string().max(MAX_HEADER_VALUE)));

/** A message from the MAIN-world hook, as the isolated content script must validate it before forwarding. */
export const HookMessageSchema = z.object({
  source: z.literal(HOOK_SOURCE),
  v: z.literal(HOOK_VERSION),
  transport: z.enum(['fetch', 'xhr']),
  method: z.string().min(1).max(MAX_METHOD),
  url: z.string().min(1).max(MAX_URL),
  headers: HeadersSchema,
  body: z.string().max(MAX_BODY).nullable(),
  bodyType: z.string().max(64),
  response: z
    .object({
      status: z.number().int().min(0).max(999),
      body: z.string().max(MAX_RESPONSE).nullable(),
    })
    .nullable(),
  failure: z.string().max(256).nullable(),
  startedAt: z.number().finite(),
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
