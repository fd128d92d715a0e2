import { LEVEL_EDGE, levelOfEdge, type AdLevel } from '../model';

/**
 * `POST …/campaigns|adsets|ads|adcreatives`, wherever it went (graph.facebook.com, adsmanager-graph.facebook.com, a
 * proxy): the ad account edges that create an object of the chain (lib/model/ad-level.ts).
 */
export const CREATION_URL = new RegExp(`/(?:${Object.values(LEVEL_EDGE).join('|')})/?(?:[?#]|$)`, 'i');

/** The level a path creates by its last segment (`/v22.0/act_1/adcreatives` → creative), or null. */
export function levelOfPath(path: string): AdLevel | null {
  const m = /(?:^|\/)([a-z]+)\/?$/i.exec(path.trim());
  return m ? levelOfEdge(m[1]!) : null;
}

const has = (fields: Record<string, unknown>, names: readonly string[]) => names.some((n) => Object.hasOwn(fields, n));

/**
 * The level a request's own parameters name when nothing else does (a pasted parameter object, a URL with a
 * placeholder edge). By the parameters only each level takes (Marketing API references of `act_X/adcreatives`,
 * `act_X/ads`, `act_X/adsets`, `act_X/campaigns`): an ad points at its ad set and carries a creative; a creative
 * carries the story; an ad set its optimisation and targeting; a campaign only its objective. Null when nothing
 * says (the caller keeps the ad set default).
 */
export function levelOfFields(fields: Record<string, unknown>): AdLevel | null {
  if (has(fields, ['creative']) && !has(fields, ['optimization_goal', 'billing_event', 'targeting'])) return 'ad';
  if (has(fields, ['object_story_spec', 'object_story_id', 'asset_feed_spec']) && !has(fields, ['adset_id', 'optimization_goal'])) return 'creative';
  if (has(fields, ['optimization_goal', 'billing_event', 'promoted_object', 'targeting', 'destination_type', 'campaign_id'])) return 'adset';
  if (has(fields, ['adset_id'])) return 'ad';
  if (has(fields, ['objective', 'special_ad_categories', 'buying_type'])) return 'campaign';
  return null;
}
