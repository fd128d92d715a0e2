import { REDACTED } from '../model';
import { isSecretName, redactText, scrubSecrets } from '../secrets';
import { decodeFormComponent, encodeFormString } from '../model/form-encoding';
import { setOwn } from '../model/record';

// Names, shapes and the deep walk are lib/secrets' (one scrubber for every surface); this file only knows where
// secrets sit in a capture: form pairs, URL query and fragment, headers.
export { isSecretName, redactText } from '../secrets';

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
  return scrubSecrets(value);
}

/** Request/response headers without secret values. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) setOwn(out, k, isSecretName(k) ? REDACTED : redactText(String(v)));
  return out;
}

function redactPair(pair: string): string {
  const eq = pair.indexOf('=');
  if (eq < 0) return pair;
  const name = decodeFormComponent(pair.slice(0, eq));
  if (isSecretName(name)) return `${pair.slice(0, eq)}=${REDACTED}`;
  const value = decodeFormComponent(pair.slice(eq + 1));
  const clean = redactText(value);
  if (clean === value) return pair;
  return encodeFormString([[name, clean]]);
}
