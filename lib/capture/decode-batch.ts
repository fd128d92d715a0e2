import { isAdsetLike } from './adset-shape';
import { levelOfWritePath } from './chain-levels';
import { decodeDraftFragment } from './decode-draft-fragment';
import { splitParams, transportValue } from './field-split';
import { parseFormString } from './form-string';
import { decodeJsonString } from './json-text';
import { isRecord, setOwn } from './own';
import type { FoundAdset, RequestContext } from './request-context';
import { accountDigits, adAccountOfPath, apiVersionOf, splitUrl } from './url-parts';

/** Graph accepts 50 items per batch; a little slack for whatever Ads Manager does, and no more. */
const MAX_ITEMS = 100;

/**
 * Graph batch: `POST /vNN.0/` (Ads Manager's own: `adsmanager-graph.facebook.com/?_reqName=batchedCall`, no version)
 * with `batch=[{method, relative_url, body}]`, each item body a form string and each
 * relative_url `act_1/adsets` or `v22.0/act_1/adsets?…`. One ad set per ad-set item, one campaign, ad or creative
 * per item posting to `act_X/campaigns`, `act_X/ads` or `act_X/adcreatives`; other items are ignored.
 * Null when the request is not a batch.
 */
export function decodeBatch(ctx: RequestContext): FoundAdset[] | null {
  const raw = ctx.params.batch;
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? decodeJsonString(raw) : undefined;
  if (!Array.isArray(items)) return null;

  const outer: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.params)) if (k !== 'batch') setOwn(outer, k, transportValue(k, v));

  const found: FoundAdset[] = [];
  items.slice(0, MAX_ITEMS).forEach((item: unknown, i) => {
    if (!isRecord(item)) return;
    const relative = typeof item.relative_url === 'string' ? item.relative_url : '';
    const { path, query } = splitUrl(relative);
    const params: Record<string, unknown> = { ...safeForm(query) };
    const body = isRecord(item.body) ? item.body : typeof item.body === 'string' ? bodyParams(item.body) : {};
    for (const [k, v] of Object.entries(body)) setOwn(params, k, v);
    const apiVersion = apiVersionOf(path) ?? ctx.apiVersion;

    const drafts = decodeDraftFragment(params, '/' + path, `batch[${i}].body.`, apiVersion);
    if (drafts) {
      for (const d of drafts) found.push({ ...d, transport: { ...outer, ...d.transport }, batchIndex: i });
      return;
    }
    const method = itemMethod(item.method, params.method);
    const { fields, transport } = splitParams(params);
    const postToAdsets = method === 'POST' && /(?:^|\/)adsets\/?$/.test(path) && Object.keys(fields).length > 0;
    const level = method === 'POST' && Object.keys(fields).length > 0 ? levelOfWritePath(path) : null;
    if (!level && !isAdsetLike(fields) && !postToAdsets) return;
    found.push({
      ...(level ? { level } : {}),
      encoding: 'batch',
      location: `batch[${i}].body`,
      method,
      apiVersion,
      adAccountId: adAccountOfPath(path) ?? accountDigits(params.account_id),
      fields,
      transport: { ...outer, ...transport },
      draft: null,
      batchIndex: i,
    });
  });
  return found;
}

function itemMethod(method: unknown, override: unknown): string {
  if (typeof override === 'string' && /^(get|post|delete)$/i.test(override)) return override.toUpperCase();
  // Graph's default for a batch item without a method is GET.
  return typeof method === 'string' && method.length > 0 ? method.toUpperCase().slice(0, 16) : 'GET';
}

/** Graph documents item bodies as form strings; some clients send a JSON object string instead. */
function bodyParams(text: string): Record<string, unknown> {
  const json = decodeJsonString(text.trim());
  return isRecord(json) ? json : safeForm(text);
}

function safeForm(text: string): Record<string, string> {
  try {
    return parseFormString(text);
  } catch {
    return {};
  }
}
