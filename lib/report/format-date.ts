/**
 * `2026-11-25 08:12 UTC`: dates in exports are UTC so a report reads the same wherever it is opened (and a
 * support engineer can line it up with fbtrace_ids, which Meta logs in UTC).
 */
export function formatUtc(d: Date): string {
  if (Number.isNaN(d.getTime())) return '?';
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** `20261125-0812` for file names (UTC, see formatUtc). */
export function compactUtc(d: Date): string {
  if (Number.isNaN(d.getTime())) return '00000000-0000';
  const iso = d.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}
