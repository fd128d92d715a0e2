// zod/mini: the same validation as classic zod at a fraction of the bytes — this schema is bundled into the
// isolated content script, which must stay small.
import * as z from 'zod/mini';
import { isCandidateUrl } from '../page-contract/candidate-url';
import type { HookRequest } from '../model';
import { HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_METHOD, MAX_RESPONSE, MAX_URL } from '../page-contract/limits';

export { HOOK_EVENT, HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_METHOD, MAX_RESPONSE, MAX_URL } from '../page-contract/limits';

const MAX_HEADER_NAME = 256;
const MAX_HEADER_VALUE = 8192;

// The page world is untrusted: any script on the page can post a message that looks like ours. Headers are one
// predicate rather than `z.record` (+ `z.pipe` to count keys first): the same rules — a plain object of at most
// MAX_HEADERS string entries with bounded names and values, counted before anything is walked, so a 10^6-key
// object costs one Object.keys — for ~4 KB less in the content script (BENCHMARKS.md).
function isHeaderRecord(v: unknown): v is Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  if (keys.length > MAX_HEADERS) return false;
  for (const k of keys) {
    const value = (v as Record<string, unknown>)[k];
    if (k.length > MAX_HEADER_NAME || typeof value !== 'string' || value.length > MAX_HEADER_VALUE) return false;
  }
  return true;
}
const HeadersSchema = z.custom<Record<string, string>>(isHeaderRecord, {
  message: `at most ${MAX_HEADERS} string headers (names ≤ ${MAX_HEADER_NAME}, values ≤ ${MAX_HEADER_VALUE} characters)`,
});

// An HTTP status: one refinement instead of z.int() + z.minimum() + z.maximum() (~2.5 KB of zod checks).
const isStatus = (n: number) => Number.isInteger(n) && n >= 0 && n <= 999;

/** A message from the MAIN-world hook, as the isolated content script must validate it before forwarding. */
export const HookMessageSchema = z.object({
  source: z.literal(HOOK_SOURCE),
  v: z.literal(HOOK_VERSION),
  transport: z.enum(['fetch', 'xhr']),
  method: z.string().check(z.minLength(1), z.maxLength(MAX_METHOD)),
  // The hook only reports Meta Graph/GraphQL URLs; a forged event naming any other host is not a capture.
  url: z.string().check(z.minLength(1), z.maxLength(MAX_URL), z.refine(isCandidateUrl, { message: 'not a Meta Graph URL' })),
  headers: HeadersSchema,
  body: z.nullable(z.string().check(z.maxLength(MAX_BODY))),
  bodyType: z.string().check(z.maxLength(64)),
  response: z.nullable(
    z.object({
      status: z.number().check(z.refine(isStatus, { message: 'an integer HTTP status 0–999' })),
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
