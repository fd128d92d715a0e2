/** Small statistics and formatting helpers for `npm run bench`. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Run `fn` `runs` times after `warmup` unmeasured runs; milliseconds of each measured run. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (v: number, digits = 1) => `${v.toFixed(digits)} ms`;
export const us = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} µs`;

/** One line of the results table. `pass` is null when there is no goal to meet (a figure for context). */
export interface Row {
  area: string;
  figure: string;
  value: string;
  goal: string;
  pass: boolean | null;
}

export function printTable(rows: readonly Row[]): string {
  const head = ['Area', 'Figure', 'Measured', 'Goal', ''];
  const cells = rows.map((r) => [r.area, r.figure, r.value, r.goal, r.pass === null ? '' : r.pass ? 'pass' : 'MISS']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
