// Small Markdown writers for the support report. GitHub-flavoured Markdown: what Meta's support form, GitHub
// issues and most trackers render.

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it early. */
export function fence(content: string, lang = ''): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${content}\n${ticks}`;
}

/** Inline code that survives backticks inside (CommonMark: a longer backtick string, padded with spaces). */
export function code(value: string): string {
  const oneLine = value.replace(/\r?\n|\r/g, ' ');
  if (oneLine === '') return '""';
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  if (longest === 0) return `\`${oneLine}\``;
  const ticks = '`'.repeat(longest + 1);
  return `${ticks} ${oneLine} ${ticks}`;
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
