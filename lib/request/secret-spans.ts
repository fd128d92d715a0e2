/** `[start, end)` offsets into the text the user pasted. */
export type Span = readonly [number, number];

/**
 * Where in the pasted text the secrets the parser read really sit. The readers decode shell quoting, ANSI-C and JSON
 * escapes and %-encoding on the way, so a value is matched back to the source through exactly those escapes: each of
 * its characters may be written as itself, `%XX` (%-encoded any number of times), `\uXXXX`, `\xXX`, an octal escape,
 * `\c` or cmd's `^c`, with shell quote joins (`'a'"b"`, `$'…'`) and line continuations between characters. So the span
 * covers the token however it was written (JSON-escaped, `app_id|app_secret` after `Bearer`, an Explorer
 * `access_token: X` line), and only it.
 */
export function locateSecrets(src: string, values: readonly string[]): Span[] {
  const spans: Span[] = [];
  let escaped = 0;
  for (const value of new Set(values)) {
    if (value.length === 0) continue;
    // The escape-tolerant pattern costs time per character of the value and per value: no real secret is that long
    // and no real request carries that many, so beyond those bounds a value is only looked for as written.
    const tolerant = value.length <= MAX_ESCAPED_LENGTH && escaped++ < MAX_ESCAPED_VALUES;
    const re = new RegExp(tolerant ? [...value].map(charPattern).join(JOINERS) : escapeRegExp(value), 'g');
    for (let m = re.exec(src); m !== null; m = re.exec(src)) {
      if (m[0].length === 0) re.lastIndex++;
      else spans.push([m.index, m.index + m[0].length]);
    }
  }
  return merge(spans);
}

/** Replace spans (from locateSecrets) with a placeholder. */
export function replaceSpans(src: string, spans: readonly Span[], placeholder: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of merge(spans)) {
    out += src.slice(at, start) + placeholder;
    at = end;
  }
  return out + src.slice(at);
}

/** Meta's tokens are a few hundred characters; fb_dtsg, lsd and appsecret_proof far fewer. */
const MAX_ESCAPED_LENGTH = 512;
const MAX_ESCAPED_VALUES = 16;

const JOINERS = `(?:\\$?['"]|\\\\\\r?\\n|\\^\\r?\\n)*`;

function charPattern(ch: string): string {
  const alts = [escapeRegExp(ch), `\\\\+${escapeRegExp(ch)}`, `\\^${escapeRegExp(ch)}`];
  const code = ch.codePointAt(0) as number;
  if (code < 0x80) {
    const hex = hexOf(code, 2);
    const oct = code.toString(8).padStart(3, '0');
    alts.push(`%(?:25)*${hex}`, `\\\\+u00${hex}`, `\\\\+u\\{0*${hexOf(code, 1)}\\}`, `\\\\+x${hex}`, `\\\\+0?${oct}`);
  } else {
    const bytes = [...new TextEncoder().encode(ch)].map((b) => `%(?:25)*${hexOf(b, 2)}`).join('');
    alts.push(bytes);
  }
  if (ch === ' ') alts.push('\\+');
  return `(?:${alts.join('|')})`;
}

/** Hex digits of a code, either case (`7C` / `7c`). */
function hexOf(code: number, width: number): string {
  return [...code.toString(16).padStart(width, '0')].map((d) => (/[a-f]/i.test(d) ? `[${d.toUpperCase()}${d.toLowerCase()}]` : d)).join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function merge(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
