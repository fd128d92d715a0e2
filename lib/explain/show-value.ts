const MAX = 160;

/** A value as evidence shows it: strings verbatim, everything else as JSON, cut to a readable length. */
export function showValue(v: unknown, max = MAX): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v === undefined) s = '—';
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
