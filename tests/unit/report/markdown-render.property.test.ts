import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { DOCS } from '../../../lib/explain/docs';
import { buildReport, toMarkdown, type Report } from '../../../lib/report';
import { explanationFor, META, SEED_B } from './fixtures';

// The support report is pasted into tickets and rendered there: it must not call out. Render it with a real
// CommonMark renderer (HTML and bare-URL linkify on: the most permissive setting) and look at what it produced.
const md = new MarkdownIt({ html: true, linkify: true });
const OURS = new Set<string>(Object.values(DOCS));

function outsideReferences(markdown: string): string[] {
  type Token = ReturnType<typeof md.parse>[number];
  const env: { references?: Record<string, unknown> } = {};
  const problems: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const tok of tokens) {
      if (tok.type === 'image') problems.push(`image ${tok.attrGet('src')}`);
      if (tok.type === 'link_open' && !OURS.has(String(tok.attrGet('href') ?? '').replace(/\/$/, ''))) problems.push(`link ${tok.attrGet('href')}`);
      if (tok.type === 'html_inline' || tok.type === 'html_block') problems.push(`html ${tok.content}`);
      if (tok.children) visit(tok.children);
    }
  };
  visit(md.parse(markdown, env as Parameters<typeof md.parse>[1]));
  for (const ref of Object.keys(env.references ?? {})) problems.push(`reference definition ${ref}`);
  return problems;
}

const ATTACKS = [
  '![x](https://evil.example/pixel.png)',
  '[click](https://evil.example/c)',
  '[r]: https://evil.example/ref',
  '\n[r]: https://evil.example/ref\n',
  '[r]',
  '[r][]',
  'https://evil.example/bare',
  'www.evil.example',
  'evil.example',
  'mail@evil.example',
  '<https://evil.example/auto>',
  '<img src="https://evil.example/i.png">',
  '<a href="https://evil.example">a</a>',
  '\n\n<img src=https://evil.example/b.png>\n\n',
  '`',
  '``',
  '```',
  '` ![x](https://evil.example/p.png) `',
  '\n```\n',
  '|',
  '\\',
  '\n',
  '\r',
  ' ',
  '*',
  '#',
  '- ',
  '> ',
  '&lt;img src=x&gt;',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...ATTACKS), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

// Members whose values are ours (enums, dates, catalogue keys): forging them makes no sense or no report.
const OURS_KEYS = new Set(['key', 'kind', 'verdict', 'category', 'status', 'op', 'locale', 'schemaVersion', 'format', 'normalized', 'id', 'variantId', 'docs', 'source', 'encoding', 'location', 'name', 'version']);

/** Every value from outside replaced by hostile text: message substitutions, field names and values, Graph answers. */
function forge(report: Report, pick: () => string): Report {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && (OURS_KEYS.has(key) || /At$/.test(key)) ? v : pick();
    if (Array.isArray(v)) return v.map((x) => walk(x, key === 'subs' ? 'sub' : key));
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
    if (key === 'fields') out[pick()] = pick();
    return out;
  };
  return walk(report, null) as Report;
}

const report = buildReport(await explanationFor(SEED_B), META);

describe('the Markdown report links only to our docs and shows no images, whatever the page, paste or Graph said', () => {
  it('the real report: our links only', () => {
    const out = toMarkdown(report);
    expect(outsideReferences(out)).toEqual([]);
    expect(md.render(out)).toContain('href="https://developers.facebook.com/');
  });

  it.each(['en', 'ru'] as const)('hostile names and values everywhere (%s)', (locale) => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 50, maxLength: 50 }), (pool) => {
        let i = 0;
        const forged = forge(report, () => pool[i++ % pool.length]!);
        const out = toMarkdown(forged, locale);
        expect(outsideReferences(out)).toEqual([]);
        expect(md.render(out)).not.toMatch(/<img|href="(?!https:\/\/(developers\.facebook\.com|github\.com\/facebook\/))/);
      }),
      { numRuns: 150 },
    );
  });
});
