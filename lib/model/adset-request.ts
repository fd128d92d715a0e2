import { z } from 'zod';
import { AdLevelSchema } from './ad-level-schema';

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
