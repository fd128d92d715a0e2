import { LEVEL_EDGE, levelOf } from './ad-level';
import type { AdsetRequest } from './adset-request';

// How a request travels, apart from its schema (adset-request.ts) so that the popup's open loads no zod: which
// parameters are transport or secret, and how fields are sent as form parameters.

/** Parameters that are never part of the ad set itself (compared by name, case-sensitive as Graph is). */
export const TRANSPORT_FIELDS: ReadonlySet<string> = new Set([
  'access_token',
  'appsecret_proof',
  'fb_dtsg',
  'jazoest',
  'lsd',
  '__user',
  '__a',
  '__req',
  '__hs',
  '__rev',
  '__s',
  '__hsi',
  '__dyn',
  '__csr',
  '__comet_req',
  '__ccg',
  '__spin_r',
  '__spin_b',
  '__spin_t',
  '__jssesw',
  '__cppo',
  '__aaid',
  '__bid',
  '_reqName',
  '_reqSrc',
  '_app',
  '_sessionID',
  '_priority',
  '_callFlowletID',
  '_triggerFlowletID',
  'method',
  'locale',
  'pretty',
  'suppress_http_code',
  'include_headers',
  'format',
  'sdk',
  'xref',
  'dpr',
  'qpl_active_flow_ids',
]);

/** Secrets: redacted wherever they appear, never stored, logged or exported. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'access_token',
  'appsecret_proof',
  'fb_dtsg',
  'jazoest',
  'lsd',
  'cookie',
  'authorization',
  'input_token',
]);

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * The Marketing API form parameters for a request's fields, as a backend sends them: objects and arrays as JSON
 * strings (`promoted_object={"page_id":"…"}`), scalars as strings. Transport fields are not included.
 */
export function encodeFields(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    // An own property even for a field named `__proto__`: plain assignment would set the prototype and lose it.
    Object.defineProperty(out, k, { value: typeof v === 'string' ? v : JSON.stringify(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** `/v20.0/act_123/adsets` (or the edge of the request's level) for a request (version and account must be known). */
export function adsetsPath(req: Pick<AdsetRequest, 'apiVersion' | 'adAccountId' | 'level'>, fallbackVersion = 'v20.0'): string {
  return `/${req.apiVersion ?? fallbackVersion}/act_${req.adAccountId ?? '0'}/${LEVEL_EDGE[levelOf(req)]}`;
}
