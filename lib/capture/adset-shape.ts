import { decodeJsonString } from './json-text';
import { isRecord } from '../model/record';
import { pathText, walk, type PathPart } from './walk';

/**
 * What Ads Manager sends is undocumented and changes, so submissions are recognised by shape: an object with at
 * least two of these ad set parameters is an ad set, wherever it sits.
 */
export const ADSET_CORE_FIELDS: readonly string[] = [
  'optimization_goal',
  'billing_event',
  'promoted_object',
  'destination_type',
  'targeting',
  'campaign_id',
];

/** Names only ad sets (and campaigns) carry: with one core field, two of these also make an ad set. */
export const ADSET_HINT_FIELDS: readonly string[] = [
  'daily_budget',
  'lifetime_budget',
  'bid_strategy',
  'bid_amount',
  'bid_constraints',
  'start_time',
  'end_time',
  'attribution_spec',
  'frequency_control_specs',
  'adset_schedule',
  'pacing_type',
  'is_dynamic_creative',
  'dsa_beneficiary',
  'dsa_payor',
  'daily_min_spend_target',
  'daily_spend_cap',
];

// A campaign carries budgets, bid strategy and sometimes promoted_object too; without a second core field an
// object with these is a campaign, not an ad set.
const CAMPAIGN_MARKERS: readonly string[] = ['objective', 'special_ad_categories', 'buying_type'];

function count(obj: Record<string, unknown>, names: readonly string[]): number {
  let n = 0;
  for (const k of names) if (Object.hasOwn(obj, k) && obj[k] !== undefined) n++;
  return n;
}

/** True when `v` is shaped like an ad set (see ADSET_CORE_FIELDS). */
export function isAdsetLike(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const core = count(v, ADSET_CORE_FIELDS);
  if (core >= 2) return true;
  if (core === 0 || count(v, CAMPAIGN_MARKERS) > 0) return false;
  return count(v, ADSET_HINT_FIELDS) >= 2;
}

export interface FoundObject {
  /** Readable path from the search root: `variables.input.adset_spec`. */
  location: string;
  value: Record<string, unknown>;
}

export interface FindLimits {
  maxDepth: number;
  maxNodes: number;
  /** JSON strings parsed on the way (GraphQL inputs sometimes nest a spec as a JSON string). */
  maxStringParses: number;
  /** Most ad sets returned. */
  maxResults: number;
}

const DEFAULT_FIND: FindLimits = { maxDepth: 10, maxNodes: 5_000, maxStringParses: 32, maxResults: 50 };

/**
 * Every ad-set-like object under `root` (outermost only: the search does not descend into a found ad set, whose
 * `targeting` is not another ad set). Bounded in depth, node count and JSON-string parses.
 */
export function findAdsetObjects(root: unknown, base: string, limits: FindLimits = DEFAULT_FIND): FoundObject[] {
  const found: FoundObject[] = [];
  let parses = 0;
  const visitStrings = (node: Record<string, unknown> | unknown[], path: readonly PathPart[]) => {
    const entries: Array<[PathPart, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [k, child] of entries) {
      if (typeof child !== 'string' || parses >= limits.maxStringParses || found.length >= limits.maxResults) continue;
      if (!child.startsWith('{') && !child.startsWith('[')) continue;
      parses++;
      const parsed = decodeJsonString(child);
      if (parsed === undefined) continue;
      for (const inner of findAdsetObjects(parsed, pathText(base, [...path, k]), {
        ...limits,
        maxDepth: Math.max(0, limits.maxDepth - path.length - 1),
        maxStringParses: 0,
        maxResults: limits.maxResults - found.length,
      })) {
        found.push(inner);
      }
    }
  };
  walk(
    root,
    (node, path) => {
      if (found.length >= limits.maxResults) return false;
      if (isAdsetLike(node)) {
        found.push({ location: pathText(base, path), value: node });
        return false;
      }
      if (isRecord(node) || Array.isArray(node)) visitStrings(node, path);
      return true;
    },
    { maxDepth: limits.maxDepth, maxNodes: limits.maxNodes },
  );
  return found;
}
