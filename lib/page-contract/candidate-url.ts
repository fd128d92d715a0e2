// The MAIN-world hook bundles this file and must stay a few KB, so it has NO imports and uses one regex:
// no URL constructor, no allocation beyond the match.

/**
 * scheme://host(:port)?path — or a bare path (`/api/graphql/`) when the page passes a relative URL.
 * Group 1: host (only *.facebook.com hosts match at all), group 2: path without query/fragment.
 * The host must be followed by `:`, `/`, `?`, `#` or the end, so `facebook.com.evil.example` and
 * `facebook.com@evil.example` never match.
 */
const META_URL = /^(?:(?:https?:)?\/\/((?:[a-z0-9-]+\.)*facebook\.com)(?::\d{1,5})?(?=[/?#]|$)|(?=\/(?!\/)))([^?#]*)/i;

/** Graph hosts: `graph.facebook.com`, `adsmanager-graph.facebook.com`, `graph.beta.facebook.com`, … */
const GRAPH_HOST = /(?:^|[.-])graph\./i;

/**
 * Paths that carry ad set writes wherever the host: GraphQL (`/api/graphql/`), `…/adsets`, Ads Manager's draft edges
 * (`addraft_fragments`, `…_with_publish`, `addraft_multi_fragments`, `quick_create_fragments`, `publish`), and a
 * bare `/vNN.0/` (Graph batch). On Graph hosts every path is a candidate (updates are `/vNN.0/{fragment_id}`).
 */
const WRITE_PATH =
  /\/api\/graphql(?:\/|$)|\/(?:adsets|addraft_(?:multi_)?fragments(?:_with_publish)?|quick_create_fragments|publish)\/?$|^\/v\d{1,3}\.\d{1,2}\/?$/i;

/** Cheap first test the hook runs for every fetch/XHR: could this request be an ad set submission? */
export function isCandidateUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  const m = META_URL.exec(url);
  if (!m) return false;
  const host = m[1];
  const path = m[2] ?? '';
  if (host && GRAPH_HOST.test(host)) return true;
  return WRITE_PATH.test(path);
}
