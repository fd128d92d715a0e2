import { parseFormParams } from '../model/form-encoding';

export interface GraphUrl {
  host: string | null;
  /** Path without the query, percent-decoded where possible. */
  path: string;
  apiVersion: string | null;
  /** The raw account segment after `act_` (digits, or a placeholder such as `{ad_account_id}`), null when absent. */
  account: string | null;
  query: [string, string][];
}

/**
 * Read a Graph URL or path as people paste it: `https://graph.facebook.com/v20.0/act_1/adsets?…`, `graph.facebook.com/…`
 * (no scheme), `/v20.0/act_1/adsets`, `act_1/adsets`. Template placeholders (`act_{ad_account_id}`) are kept as text:
 * the WHATWG URL parser would percent-encode them, which is why this does not use `new URL`.
 */
export function parseGraphUrl(raw: string): GraphUrl {
  let s = raw.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const q = s.indexOf('?');
  const query = q >= 0 ? parseFormParams(s.slice(q + 1)) : [];
  let rest = q >= 0 ? s.slice(0, q) : s;
  let host: string | null = null;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  if (scheme || /^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(rest)) {
    const slash = rest.indexOf('/');
    host = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase().replace(/^[^@]*@/, '');
    rest = slash < 0 ? '/' : rest.slice(slash);
  }
  let path = rest;
  try {
    path = decodeURI(rest);
  } catch {
    /* keep as written */
  }
  const version = /(?:^|\/)(v\d+\.\d+)(?=\/|$)/.exec(path);
  const account = /(?:^|\/)act_([^/]+)/.exec(path);
  return {
    host,
    path,
    apiVersion: version ? (version[1] as string) : null,
    account: account ? (account[1] as string) : null,
    query,
  };
}
