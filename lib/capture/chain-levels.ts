import { levelOfEdge, type AdLevel } from '../model/ad-level';
import { isRecord } from './own';

/**
 * The level a direct write creates: `POST act_X/campaigns`, `act_X/adcreatives`, `act_X/ads` (a Graph path or a
 * batch item's `relative_url`). `adsets` is left to the ad set decoders, which also read bodies by shape. Null for
 * any other path. A public CTWA integration guide shows the chain as exactly these POSTs, in order: campaign, ad set
 * (`campaign_id`), creative, ad (`adset_id` + `creative: {creative_id}`)
 * (https://partner-docs.splashifypro.com/api-reference/whatsapp/ctwa).
 */
export function levelOfWritePath(path: string): Exclude<AdLevel, 'adset'> | null {
  const nodes = path.split('/').filter(Boolean);
  // Only an ad account's edge creates an object; `/{ad_id}/adcreatives` reads an ad's creatives.
  if (nodes.length < 2 || !/^act_\d{1,30}$/.test(nodes.at(-2)!)) return null;
  const level = levelOfEdge(nodes.at(-1)!);
  return level === 'adset' ? null : level;
}

/**
 * Members of an ad's `creative` that make it a creative written inline (the spec itself), as opposed to a reference
 * to an existing one (`{"creative_id": …}`). Graph's ad `creative` parameter takes either (AdCreative fields:
 * facebook-nodejs-business-sdk `AdCreative.Fields`).
 */
const REFERENCE_KEYS: ReadonlySet<string> = new Set(['creative_id', 'id']);

/** An ad's inline creative spec (`creative={"object_story_spec":…}`), or null when it is absent or only an id. */
export function inlineCreativeOf(adFields: Record<string, unknown>): Record<string, unknown> | null {
  const creative = adFields.creative;
  if (!isRecord(creative)) return null;
  return Object.keys(creative).some((k) => !REFERENCE_KEYS.has(k)) ? creative : null;
}
