import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/ARCHITECTURE.md is the repository's own account of itself: a fresh clone has nothing else (the design notes
// that once lived beside the repository are not part of it). These tests keep the code's pointers into it, and its
// pointers into the code, from going stale when files move.
const ROOT = path.resolve(__dirname, '../../..');
const ARCHITECTURE = readFileSync(path.join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
const SOURCE_DIRS = ['lib', 'entrypoints', 'components', 'testkit', 'scripts', 'tests'];
const THIS_FILE = path.relative(ROOT, __filename);

// Pages being written on another branch: a link to one may dangle until it lands. When one lands, the last test
// below fails until its name is taken off this list (empty: every page is in).
const WRITTEN_ELSEWHERE = new Set<string>([]);

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|js|css|html)$/.test(e.name) && rel !== THIS_FILE) out.push(rel);
    }
  };
  for (const d of SOURCE_DIRS) walk(d);
  return [...out, ...readdirSync(ROOT).filter((f) => f.endsWith('.md')), ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const ANCHORS = new Set([...ARCHITECTURE.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));

describe('docs/ARCHITECTURE.md and the code point at each other', () => {
  const files = sourceFiles();

  it('nothing cites the design notes outside the repository', () => {
    const offenders = files.filter((f) => /DESIGN(\.md)?\s*§|shared\/DESIGN|\bDESIGN\.md\b/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every docs/ARCHITECTURE.md#section cited in the code or the docs exists', () => {
    const cited = files.flatMap((f) =>
      [...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/ARCHITECTURE\.md#([\w-]+)/g)].map((m) => ({ file: f, anchor: m[1]! })),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((c) => !ANCHORS.has(c.anchor))).toEqual([]);
  });

  it('every path the page names exists', () => {
    const named = [...ARCHITECTURE.matchAll(/`((?:lib|entrypoints|components|testkit|scripts|tests|docs)\/[^`\s{}*#]*)(?:#[^`]*)?`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('every link of the page and of the README leads to a file (pages being written elsewhere aside)', () => {
    const missing: string[] = [];
    for (const [doc, text] of [['docs/ARCHITECTURE.md', ARCHITECTURE], ['README.md', readFileSync(path.join(ROOT, 'README.md'), 'utf8')]] as const) {
      for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const rel = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, doc)), target));
        if (!existsSync(path.join(ROOT, rel)) && !WRITTEN_ELSEWHERE.has(rel)) missing.push(`${doc} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the list of pages being written elsewhere holds only pages that are still missing', () => {
    expect([...WRITTEN_ELSEWHERE].filter((p) => existsSync(path.join(ROOT, p)))).toEqual([]);
  });
});
