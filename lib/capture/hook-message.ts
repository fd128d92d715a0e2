// The background validates every hook message here; the isolated bridge only bounds and forwards them (its size
// matters: it loads with every Ads Manager page, BENCHMARKS.md). zod/mini: the same rules as classic zod in fewer
// bytes of the service worker.
import * as z from 'zod/mini';
import { isCandidateUrl } from '../page-contract/candidate-url';
import type { HookRequest } from '../model';
import { HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_HOOK_MESSAGE, MAX_METHOD, MAX_RESPONSE, MAX_URL } from '../page-contract/limits';

export { HOOK_EVENT, HOOK_SOURCE, HOOK_VERSION, MAX_BODY, MAX_HEADERS, MAX_HOOK_MESSAGE, MAX_METHOD, MAX_RESPONSE, MAX_URL } from '../page-contract/limits';

const MAX_HEADER_NAME = 256;
const MAX_HEADER_VALUE = 8192;

// The page world is untrusted: any script on the page can dispatch an event that looks like ours, and the bridge that
// forwards it runs in the page's renderer. Headers are one
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

/** A message from the MAIN-world hook, as the background validates it before decoding. */
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

/**
 * The request inside a hook message as the bridge forwards it (the JSON text the hook dispatched), or null when it is
 * not one: not a string, longer than MAX_HOOK_MESSAGE, not JSON, or failing the schema. Never throws.
 */
export function decodeHookMessage(text: unknown): HookRequest | null {
  if (typeof text !== 'string' || text.length > MAX_HOOK_MESSAGE) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const msg = HookMessageSchema.safeParse(json);
  if (!msg.success) return null;
  // The tag is not part of the request; the schema already dropped any member it does not name (`__proto__` too).
  const { source: _source, v: _v, ...req } = msg.data;
  return req;
}
