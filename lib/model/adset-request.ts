import { z } from 'zod';
import { AdLevelSchema, LEVEL_EDGE, type AdLevel } from './ad-level';

/**
 * One ad set creation request, whichever side it came from (the Ads Manager UI or the user's own API call),
 * normalised to the shape of the Marketing API call `POST /{apiVersion}/act_{adAccountId}/adsets`.
 *
 * - `fields` are the ad set's own parameters, with JSON-string values (`promoted_object`, `targeting`, …) decoded
 *   into objects. Unknown fields are kept as they are: the model never drops what it does not know.
 * - `transport` holds what travels with the request but is not part of the ad set (`access_token`, `fb_dtsg`,
 *   `__user`, `_reqName`, `locale`, `suppress_http_code`, …). Secret values are already redacted here:
 *   see `lib/capture/redact.ts`. Transport fields are never compared.
 */
export const AdsetRequestSchema = z.object({
  /** `v20.0`-style, or null when the request did not say. */
  apiVersion: z.string().nullable(),
  /** Digits only, without the `act_` prefix; null when unknown. */
  adAccountId: z.string().nullable(),
  method: z.string().default('POST'),
  /** Host the request went to (`graph.facebook.com`, `adsmanager-graph.facebook.com`, …), null when unknown. */
  host: z.string().nullable().default(null),
  fields: z.record(z.string(), z.unknown()),
  transport: z.record(z.string(), z.string()).default({}),
  /**
   * Which object of the chain the request creates (`POST act_X/campaigns|adsets|ads|adcreatives`). Absent means an
   * ad set: every request before issue 17 was one, and stored drafts and captures carry none.
   */
  level: AdLevelSchema.optional(),
});
export type AdsetRequest = z.infer<typeof AdsetRequestSchema>;

/** The level a request creates (an ad set unless it says otherwise, or when what it says is no level: a file read back). */
export function levelOf(req: Pick<AdsetRequest, 'level'> | null | undefined): AdLevel {
  const level = req?.level;
  return level && Object.hasOwn(LEVEL_EDGE, level) ? level : 'adset';
}

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
