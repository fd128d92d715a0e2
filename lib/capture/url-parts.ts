import { percentDecode } from '../model/form-encoding';
import { scalarString } from '../model/record';

export interface UrlParts {
  /** Lower-case host without credentials or port; null for a relative URL. */
  host: string | null;
  /** Path without query or fragment (may be empty). */
  path: string;
  /** Query string without `?`. */
  query: string;
}

const URL_SHAPE = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/i;

/** Split a URL without the URL constructor: junk in, best-effort parts out, never throws. */
export function splitUrl(url: string): UrlParts {
  const m = URL_SHAPE.exec(url);
  if (!m) return { host: null, path: '', query: '' };
  const authority = m[1];
  const host = authority === undefined ? null : authority.replace(/^.*@/, '').replace(/:\d*$/, '').toLowerCase() || null;
  return { host, path: m[2] ?? '', query: m[3] ?? '' };
}

/** `v22.0` from `/v22.0/act_1/adsets` or `v22.0/act_1/adsets` (batch relative_url). */
export function apiVersionOf(path: string): string | null {
  const m = /(?:^|\/)(v\d{1,3}\.\d{1,2})(?=\/|$)/.exec(path);
  return m ? m[1]! : null;
}

/** Ad account digits from `…/act_123/…`. */
export function adAccountOfPath(path: string): string | null {
  const m = /(?:^|\/)act_(\d{1,30})(?=\/|$)/.exec(path);
  return m ? m[1]! : null;
}

/** Ad account digits from a parameter value: `act_123`, `123` or the number 123. */
export function accountDigits(v: unknown): string | null {
  const s = scalarString(v);
  const m = s ? /^(?:act_)?(\d{1,30})$/.exec(s.trim()) : null;
  return m ? m[1]! : null;
}

/** The node id before a trailing edge: `123` in `/v22.0/123/addraft_fragments`. */
export function nodeBeforeEdge(path: string, edge: string): string | null {
  const parts = path.split('/').filter(Boolean);
  const i = parts.lastIndexOf(edge);
  return i > 0 ? percentDecode(parts[i - 1]!) : null;
}

/** Meta's own hosts: what we keep as raw captures when nothing ad-set-like is found. */
export function isMetaHost(host: string | null): boolean {
  return host !== null && /(?:^|\.)(?:facebook\.com|fb\.com)$/.test(host);
}
