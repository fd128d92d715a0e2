import type { SyntaxNode, Tree } from '@lezer/common';

/** The named children of a node (punctuation included: Lezer names `(`, `,` … too). */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Children that are not punctuation, keywords or comments. */
export function parts(node: SyntaxNode): SyntaxNode[] {
  return kids(node).filter((c) => !PUNCT.test(c.name) && !c.name.endsWith('Comment') && c.name !== 'Comment');
}
const PUNCT = /^[^A-Za-z⚠]+$|^(?:new|const|let|var|array|return|await|def|end|async)$/;

/** Offsets where the error-tolerant parser had to recover (Lezer marks them with `⚠` nodes). */
export function errorOffsets(tree: Tree): number[] {
  const out: number[] = [];
  tree.iterate({
    enter(n) {
      if (n.type.isError) out.push(n.from);
    },
  });
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * The value of a quoted literal: `'…'`, `"…"`, `'''…'''`, `"""…"""`, `` `…` ``, with an optional Python prefix (`r`,
 * `b`, `u`, `f`). `raw` quotes keep backslashes except before the quote itself (PHP single quotes, Ruby `'…'`).
 */
export function unquote(lit: string, opts: { rawSingle?: boolean } = {}): string {
  const prefix = /^[rRbBuUfF]{0,2}/.exec(lit)?.[0] ?? '';
  let s = lit.slice(prefix.length);
  const q3 = s.startsWith('"""') || s.startsWith("'''") ? s.slice(0, 3) : null;
  const q = q3 ?? s[0] ?? '';
  s = s.slice(q.length, s.endsWith(q) && s.length >= 2 * q.length ? s.length - q.length : s.length);
  const raw = /r/i.test(prefix);
  if (raw) return s;
  if (opts.rawSingle && q === "'") return s.replace(/\\(['\\])/g, '$1');
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|[\s\S])/g, (_, e: string) => {
    if (e[0] === 'u' && e.length > 1) {
      const cp = parseInt(e[1] === '{' ? e.slice(2, -1) : e.slice(1), 16);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n') return '';
    return SIMPLE_ESCAPES[e] ?? e;
  });
}

/** A numeric literal's value (`1_000`, `1000L`, `0x10`, `1.5e3`); long ids beyond 2^53 stay exact strings. */
export function numberValue(raw: string): number | string {
  const s = raw.replace(/_/g, '').replace(/[lLdDfFnj]$/, '');
  const n = Number(s);
  if (/^-?\d+$/.test(s) && !Number.isSafeInteger(n)) return s;
  return Number.isFinite(n) ? n : raw;
}
