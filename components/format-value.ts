import type { FactSource } from '../lib/model';

/** A value as a short, readable string for tables (JSON for objects), cut at `max` characters. */
export function formatValue(v: unknown, max = 400): string {
  if (v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** Where a fact was read: `GET 734116649781310?fields=…` for a Graph call, or the plain description. */
export function formatSource(source: FactSource | string): string {
  if (typeof source === 'string') return source;
  return `${source.method} ${source.relativeUrl}${source.field ? ` → ${source.field}` : ''}`;
}
