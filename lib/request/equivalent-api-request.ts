import { isBookkeepingField } from '../capture';
import { ADSET_FIELDS, levelOf, SECRET_FIELDS, TRANSPORT_FIELDS, type AdLevel, type AdsetRequest } from '../model';
import { parseObjectLiteral } from './object-literal';

/** Where a backend sends Marketing API calls (Ads Manager itself uses adsmanager-graph.facebook.com). */
export const GRAPH_HOST = 'graph.facebook.com';

/**
 * The Marketing API request a backend would send for exactly what the UI submitted: same API version and ad account,
 * host graph.facebook.com, transport parameters (`fb_dtsg`, `__user`, `_reqName`, …) removed, Ads Manager bookkeeping
 * (draft-fragment fields such as `parentAdObjectID`, `campaign_creation_source`, `lifetime_budget: 0`) dropped, and
 * JSON-string values of object fields decoded. Everything else — including fields nobody documents — is kept: the
 * point is to replay what the UI did.
 */
export function equivalentApiRequest(ui: AdsetRequest): AdsetRequest {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ui.fields)) {
    if (value === undefined || TRANSPORT_FIELDS.has(name) || SECRET_FIELDS.has(name)) continue;
    if (isBookkeepingField(name, value)) continue;
    Object.defineProperty(fields, name, { value: decoded(name, value, levelOf(ui)), enumerable: true, writable: true, configurable: true });
  }
  return {
    apiVersion: ui.apiVersion,
    adAccountId: ui.adAccountId?.replace(/^act_/, '') ?? null,
    method: 'POST',
    host: GRAPH_HOST,
    fields,
    transport: {},
    ...(ui.level ? { level: ui.level } : {}),
  };
}

/** Object fields arrive as JSON text in a form body; the ad set's are known by name, other levels' by their shape. */
function decoded(name: string, value: unknown, level: AdLevel): unknown {
  const type = level === 'adset' ? ADSET_FIELDS[name]?.type : typeof value === 'string' && /^\s*[[{]/.test(value) ? 'object' : undefined;
  if (typeof value !== 'string' || (type !== 'object' && type !== 'array')) return value;
  const parsed = parseObjectLiteral(value.trim());
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : value;
}
