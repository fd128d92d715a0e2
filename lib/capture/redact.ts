import { REDACTED, SECRET_FIELDS } from '../model';
import { isRecord, setOwn } from './own';

/**
 * Secret names (compared lower-case). The model's SECRET_FIELDS plus what else carries credentials in Ads
 * Manager traffic: `set-cookie` in batch answer headers, `x-fb-lsd` (the lsd token as a header), `client_secret`.
 */
const SECRET_NAMES: ReadonlySet<string> = new Set([
  ...[...SECRET_FIELDS].map((s) => s.toLowerCase()),
  'set-cookie',
  'x-fb-lsd',
  'client_secret',
]);

/** Deeper JSON than this is replaced, so redaction (and later JSON.stringify) cannot blow the stack. */
const MAX_JSON_DEPTH = 64;
export const DEPTH_LIMIT_MARK = '[depth limit]';

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

const NAMES = [...SECRET_NAMES]
  .filter((n) => /^[a-z_]+$/.test(n))
  .sort((a, b) => b.length - a.length)
  .join('|');

// `access_token=EAAB…` in any text, also once or twice URL-encoded (`access_token%3D…` inside a batch body
// inside a form). The value stops at `&`, `%26`, whitespace, quotes or a backslash.
const FORM_PAIR = new RegExp(
  `(^|[^A-Za-z0-9_])(${NAMES})(=|%3D|%253D)((?:[^&\\s"'#\\\\%<>]|%(?!26|2526)[0-9A-Fa-f]{2}|%(?![0-9A-Fa-f]{2}))*)`,
  'gi',
);
// `"fb_dtsg":"…"`, also inside a JSON string inside JSON (`\"fb_dtsg\":\"…\"`), and `'lsd': '…'`.
const JSON_PAIR = new RegExp(`((?:\\\\*["'])(?:${NAMES})(?:\\\\*["'])\\s*:\\s*(?:\\\\*["']))([^"'\\\\]*)`, 'gi');
// `"jazoest": 25873` — a number: replaced by null so JSON stays valid.
const JSON_NUMBER = new RegExp(`((?:\\\\*["'])(?:${NAMES})(?:\\\\*["'])\\s*:\\s*)(-?\\d[\\d.eE+-]*)`, 'gi');
// Header lines in free text (`Cookie: c_user=…`, `-H 'Authorization: Bearer …'`).
const HEADER_LINE = /\b(cookie|set-cookie|authorization|x-fb-lsd)(\s*:\s*)([^\r\n"']*)/gi;
const BEARER = /\b(Bearer|OAuth)(\s+)[A-Za-z0-9._~+/=-]{8,}/g;
// Meta user/page/system tokens all start with EAA; catch them wherever they sit, whatever the parameter name.
const EAA_TOKEN = /EAA[A-Za-z0-9]{20,}/g;

/** Regex fallback for free text: removes secret values from any string (URL, form, JSON text, header dump). */
export function redactText(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  return text
    .replace(FORM_PAIR, (_m, pre: string, name: string, eq: string) => `${pre}${name}${eq}${REDACTED}`)
    .replace(JSON_PAIR, (_m, pre: string) => `${pre}${REDACTED}`)
    .replace(JSON_NUMBER, (_m, pre: string) => `${pre}null`)
    .replace(HEADER_LINE, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`)
    .replace(BEARER, (_m, scheme: string, sp: string) => `${scheme}${sp}${REDACTED}`)
    .replace(EAA_TOKEN, REDACTED);
}

/**
 * Redact a form string pair by pair: secret names lose their value; other values are decoded, cleaned with
 * `redactText` (a `batch=[…]` value holds item bodies and relative_urls with their own tokens) and re-encoded
 * only when something changed, so untouched pairs stay byte-identical.
 */
export function redactFormString(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  const out = text.split('&').map(redactPair).join('&');
  return redactText(out);
}

/** Redact secret query (and fragment: OAuth redirects put `access_token=` there) parameters of a URL. */
export function redactUrl(url: string): string {
  if (typeof url !== 'string' || url.length === 0) return url;
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? null : url.slice(hash + 1);
  const q = beforeHash.indexOf('?');
  const base = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? null : beforeHash.slice(q + 1);
  let out = base;
  if (query !== null) out += '?' + query.split('&').map(redactPair).join('&');
  if (fragment !== null) out += '#' + fragment.split('&').map(redactPair).join('&');
  return redactText(out);
}

/** Deep copy of a JSON value with secrets removed: secret keys, `{name:"Cookie",value}` header pairs, strings. */
export function redactJson(value: unknown): unknown {
  return redactValue(value, 0);
}

/** Request/response headers without secret values. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) setOwn(out, k, isSecretName(k) ? REDACTED : redactText(String(v)));
  return out;
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_JSON_DEPTH) return DEPTH_LIMIT_MARK;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (!isRecord(value)) return value;
  // Graph batch answers list headers as [{name, value}]: the secret is in the sibling of `name`.
  const secretPair = typeof value.name === 'string' && isSecretName(value.name);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const secret = isSecretName(k) || (secretPair && k === 'value');
    setOwn(out, k, secret ? REDACTED : redactValue(v, depth + 1));
  }
  return out;
}

function redactPair(pair: string): string {
  const eq = pair.indexOf('=');
  if (eq < 0) return pair;
  const name = decodeForm(pair.slice(0, eq));
  if (name !== null && isSecretName(name)) return `${pair.slice(0, eq)}=${REDACTED}`;
  const raw = pair.slice(eq + 1);
  const value = decodeForm(raw);
  if (value === null) return `${pair.slice(0, eq)}=${redactText(raw)}`;
  const clean = redactText(value);
  if (clean === value) return pair;
  return `${pair.slice(0, eq)}=${encodeForm(clean)}`;
}

function decodeForm(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function encodeForm(s: string): string {
  try {
    return encodeURIComponent(s).replace(/%20/g, '+');
  } catch {
    return REDACTED; // a lone surrogate: cannot be re-encoded, and it is not worth keeping.
  }
}
