import { secretScrubber } from '../secrets';
import { encodeFormString, parseFormParams } from '../model/form-encoding';
import type { Transport } from './transport';

/**
 * One HTTP request the diagnosis sent to Graph and what came back, as a scenario export needs it to rebuild the
 * world (lib/scenario/export). Secrets are gone before it exists: the token (in every encoding) and every
 * secret-shaped value go through lib/secrets' scrubber; only the usage headers are kept of the answer's headers.
 */
export interface GraphExchange {
  method: string;
  url: string;
  /** The form body (a batch: `access_token=[redacted]&include_headers=false&batch=[…]`). */
  body: string | null;
  /** HTTP status; null when the request failed at the network level (or timed out). */
  status: number | null;
  responseBody: string | null;
  /** `x-business-use-case-usage`, `x-app-usage`, `x-ad-account-usage` (what rate-limit findings read), `x-fb-trace-id`. */
  headers: Record<string, string>;
}

/** A run keeps at most this many exchanges (the plan is 1–2 batches plus a few single-call retries). */
export const MAX_EXCHANGES = 32;

const USAGE_HEADER = /^x-(?:business-use-case|app|ad-account)-usage$|^x-fb-trace-id$/;

/**
 * The transport, recording each exchange into `log` (already redacted with `token`). What the diagnosis receives is
 * untouched: recording never changes an answer, and a failing request still throws.
 */
export function recordingTransport(transport: Transport, token: string, log: GraphExchange[]): Transport {
  const scrub = secretScrubber([token]);
  return async (req) => {
    const entry: GraphExchange = { method: req.method, url: scrub(req.url), body: req.body === undefined ? null : scrubForm(req.body, scrub), status: null, responseBody: null, headers: {} };
    if (log.length < MAX_EXCHANGES) log.push(entry);
    const res = await transport(req);
    entry.status = res.status;
    entry.responseBody = scrub(res.body);
    for (const [name, value] of Object.entries(res.headers)) if (USAGE_HEADER.test(name.toLowerCase())) entry.headers[name.toLowerCase()] = scrub(value);
    return res;
  };
}

/**
 * A form body scrubbed value by value: scrubbing the whole string may hand back its %-decoded form (when a secret
 * only shows decoded), which would no longer read as a form.
 */
function scrubForm(body: string, scrub: (s: string) => string): string {
  return encodeFormString(parseFormParams(body).map(([k, v]): [string, string] => [k, scrub(v)]));
}
