// Small Markdown writers for the support report. GitHub-flavoured Markdown: what Meta's support form, GitHub
// issues and most trackers render.

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it early. */
export function fence(content: string, lang = ''): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${content}\n${ticks}`;
}

/**
 * Inline code that survives backticks inside (CommonMark 6.1: a backtick string longer than any run inside, padded
 * with one space on each side when the content starts or ends with a backtick or starts and ends with a space, since
 * the renderer strips one such pair). Inside a code span nothing is a link, an image or HTML: this is how every value
 * from outside (the page, the paste, Graph) enters the support report.
 */
export function code(value: string): string {
  const oneLine = value.replace(/\r\n|\r|\n/g, ' ');
  if (oneLine === '') return '""';
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = longest > 0 || (oneLine.startsWith(' ') && oneLine.endsWith(' ') && oneLine.trim() !== '');
  return pad ? `${ticks} ${oneLine} ${ticks}` : `${ticks}${oneLine}${ticks}`;
}

/**
 * A catalogue message with its substitutions for Markdown: the message (ours) as plain text, each substitution (a
 * value from outside: a field name, a Page name, a Graph message) as a code span — bare numbers stay plain. `raw`
 * substitutions are already Markdown we wrote.
 */
export function mdMessage(message: string, subs: readonly string[] = [], raw: ReadonlySet<number> = new Set()): string {
  let out = '';
  let at = 0;
  for (const m of message.matchAll(/\$(\$|[1-9])/g)) {
    out += inline(message.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1] === '$') {
      out += '$';
      continue;
    }
    const i = Number(m[1]) - 1;
    const sub = subs[i] ?? '';
    out += raw.has(i) || sub === '' || /^-?\d+$/.test(sub) ? sub : code(sub);
  }
  return out + inline(message.slice(at));
}

/**
 * A table cell: one line, `|` escaped (GFM splits cells on it even inside code spans). Long values are cut: the
 * full value is in the API request block above and in the JSON export.
 */
export function cell(content: string): string {
  return content.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}

export const MAX_CELL_VALUE = 300;

/**
 * A field value for a table: strings as they are, everything else as JSON with a space after `,` and `:` so a
 * long object wraps in a narrow column instead of stretching the table.
 */
export function valueText(value: unknown): string {
  if (value === undefined) return '';
  const raw = typeof value === 'string' ? value : spacedJson(value);
  return raw.length > MAX_CELL_VALUE ? `${raw.slice(0, MAX_CELL_VALUE - 1)}…` : raw;
}

/** JSON with `, ` and `: ` separators (no line breaks); string contents are never touched. */
export function spacedJson(value: unknown, depth = 0): string {
  if (depth > 32) return '…';
  if (Array.isArray(value)) return `[${value.map((v) => spacedJson(v ?? null, depth + 1)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v, depth + 1)}`);
    return `{${parts.join(', ')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

/** Plain text in a paragraph or list item: no line breaks that would end the item, no accidental HTML. */
export function inline(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/</g, '&lt;');
}
