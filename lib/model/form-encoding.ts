import { setOwn } from './record';

// application/x-www-form-urlencoded, the one owner for lib/ (captures, pasted requests, redaction) and testkit/.
// Graph form bodies carry objects as JSON strings (`promoted_object=%7B…%7D`), and a seed's own reproduction sent a
// space where it meant `+` (docs/ARCHITECTURE.md#domain-primer): decoding is lenient and never throws, because both
// the page and the user hand us malformed `%` sequences.

/** Decode every valid `%XX` run (UTF-8 as a whole run); a malformed run is kept verbatim. Never throws. */
export function percentDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    // Decode what can be decoded: each maximal run of valid escapes on its own.
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Decode one form component: `+` is a space, then `percentDecode`. */
export function decodeFormComponent(s: string): string {
  return percentDecode(s.includes('+') ? s.replace(/\+/g, ' ') : s);
}

/** Lone surrogates cannot be UTF-8 encoded; replace them (U+FFFD) instead of letting encodeURIComponent throw. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Percent-encode for a form body the way curl's `--data-urlencode` does (space as %20, unreserved `-._~` kept). */
export function encodeFormComponent(s: string): string {
  return encodeURIComponent(wellFormed(s)).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Encode name → value pairs the way browsers encode form bodies (URLSearchParams itself: space as `+`). */
export function encodeFormString(params: Record<string, string> | Array<[string, string]>): string {
  const entries = Array.isArray(params) ? params : Object.entries(params);
  const usp = new URLSearchParams();
  for (const [k, v] of entries) usp.append(k, v);
  return usp.toString();
}

/** `a=1&b=%7B%7D` → `[['a','1'], ['b','{}']]`, order and duplicates kept; a leading `?` is ignored. Never throws. */
export function parseFormParams(body: string): [string, string][] {
  const out: [string, string][] = [];
  const s = body.startsWith('?') ? body.slice(1) : body;
  for (const piece of s.split('&')) {
    if (!piece.trim()) continue;
    const eq = piece.indexOf('=');
    const name = decodeFormComponent(eq < 0 ? piece : piece.slice(0, eq));
    // A pasted body often ends with the line break that followed it.
    const value = eq < 0 ? '' : decodeFormComponent(piece.slice(eq + 1).replace(/[\r\n]+$/, ''));
    if (name) out.push([name, value]);
  }
  return out;
}

/**
 * A form string as name → value; the last occurrence wins, as Graph reads repeated parameters. Never throws.
 * Not URLSearchParams: it turns a malformed `%` sequence into U+FFFD, and what the page or the user wrote must stay
 * readable as written.
 */
export function parseFormString(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const [k, v] of parseFormParams(text)) setOwn(out, k, v);
  return out;
}

/** True when a body reads as a form string rather than free text (`a=1&b=2`, `batch=[…]`). */
export function looksLikeForm(text: string): boolean {
  return /^[^=&\s{[]+=/.test(text);
}
