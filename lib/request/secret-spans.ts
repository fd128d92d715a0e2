/** `[start, end)` offsets into the text the user pasted. */
export type Span = readonly [number, number];

/** Above this, the escape-aware view is not built (its offset maps cost 8 bytes a character); values are looked for as written. */
const MAX_VIEW_CHARS = 4 * 1024 * 1024;

/**
 * Where in the pasted text the secrets the parser read really sit. The readers decode shell quoting, ANSI-C and JSON
 * escapes and %-encoding on the way, so each value is looked for in a view of the text with exactly those escapes
 * decoded — `%XX` (%-encoded any number of times), `\uXXXX`, `\u{X}`, `\xXX`, octal escapes, `\c`, cmd's `^c` — and
 * shell quote joins (`'a'"b"`, `$'…'`) and line continuations dropped, mapped back to the original offsets. So a span
 * covers the token however it was written (JSON-escaped, `app_id|app_secret` after `Bearer`, an Explorer
 * `access_token: X` line), and only it. Linear in the text: one pass to build the view, one search per value.
 */
export function locateSecrets(src: string, values: readonly string[]): Span[] {
  const wanted = [...new Set(values)].filter((v) => v.length > 0);
  if (wanted.length === 0) return [];
  const spans: Span[] = [];
  for (const v of wanted) for (let at = src.indexOf(v); at >= 0; at = src.indexOf(v, at + 1)) spans.push([at, at + v.length]);
  if (src.length <= MAX_VIEW_CHARS) {
    const view = decodedView(src);
    for (const v of wanted) {
      for (let at = view.text.indexOf(v); at >= 0; at = view.text.indexOf(v, at + 1)) {
        spans.push([view.start[at] as number, view.end[at + v.length - 1] as number]);
      }
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

// One alternative per escape the readers decode; a match either stands for one character or (joiners) for none.
const ESCAPE =
  /%(?:25)*([0-7][0-9A-Fa-f])|\\+(?:u00([0-7][0-9A-Fa-f])|u\{0*([0-7]?[0-9A-Fa-f])\}|x([0-7][0-9A-Fa-f])|(0?[0-7]{3})|([^\r\n]))|\^([^\r\n])|\$?['"]|[\\^]\r?\n/g;

interface View {
  text: string;
  /** For each character of `text`, where the characters it stands for start and end in the source. */
  start: Int32Array;
  end: Int32Array;
}

function decodedView(src: string): View {
  const start = new Int32Array(src.length);
  const end = new Int32Array(src.length);
  const parts: string[] = [];
  let n = 0;
  let at = 0;
  const literal = (from: number, to: number) => {
    parts.push(src.slice(from, to));
    for (let i = from; i < to; i++, n++) {
      start[n] = i;
      end[n] = i + 1;
    }
  };
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(src); m !== null; m = ESCAPE.exec(src)) {
    literal(at, m.index);
    at = m.index + m[0].length;
    const [, pct, u, ub, x, oct, esc, caret] = m;
    const hex = pct ?? u ?? ub ?? x;
    const ch = hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : oct !== undefined ? String.fromCharCode(parseInt(oct, 8) & 0xff) : (esc ?? caret);
    if (ch === undefined) continue; // a quote join or a line continuation: no character
    parts.push(ch);
    start[n] = m.index;
    end[n] = at;
    n++;
  }
  literal(at, src.length);
  return { text: parts.join(''), start, end };
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
