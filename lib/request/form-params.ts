/** Decode one `application/x-www-form-urlencoded` component; a malformed `%` sequence is kept verbatim. */
export function decodeFormComponent(s: string): string {
  const plus = s.includes('+') ? s.replace(/\+/g, ' ') : s;
  if (!plus.includes('%')) return plus;
  try {
    return decodeURIComponent(plus);
  } catch {
    // Decode what can be decoded: each maximal run of valid escapes on its own.
    return plus.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Percent-encode for a form body the way curl's `--data-urlencode` does (space as %20, unreserved kept). */
export function encodeFormComponent(s: string): string {
  return encodeURIComponent(wellFormed(s)).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Lone surrogates cannot be UTF-8 encoded; replace them (U+FFFD) instead of letting encodeURIComponent throw. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** `a=1&b=%7B%7D` → `[['a','1'], ['b','{}']]`, order and duplicates kept; a leading `?` is ignored. */
export function parseFormParams(body: string): [string, string][] {
  const out: [string, string][] = [];
  const s = body.startsWith('?') ? body.slice(1) : body;
  for (const piece of s.split('&')) {
    if (!piece.trim()) continue;
    const eq = piece.indexOf('=');
    const name = decodeFormComponent(eq < 0 ? piece : piece.slice(0, eq));
    const value = eq < 0 ? '' : decodeFormComponent(piece.slice(eq + 1).replace(/[\r\n]+$/, ''));
    if (name) out.push([name, value]);
  }
  return out;
}
