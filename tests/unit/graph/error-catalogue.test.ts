import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseError } from '../../../lib/explain';
import { classifyGraphError } from '../../../lib/graph';
import { catalogueKeys, graphErrorLabel, GRAPH_ERRORS, lookupGraphError } from '../../../lib/graph/error-catalogue';
import { catalog } from '../../../lib/i18n';
import { errorCodeLabel, errorMeaning } from '../../../lib/report/error-meaning';

const root = join(__dirname, '../../..');

/** Every `isError(x, code[, subcode])` in the explain rules: the codes the rules decide on. */
function codesUsedByRules(): { code: number; subcode?: number; file: string }[] {
  const dirs = [join(root, 'lib/explain'), join(root, 'lib/explain/rules')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(join(dir, f), 'utf8').matchAll(/isError\([^,()]+(?:\([^()]*\))?,\s*(\d+)(?:,\s*(\d+))?\)/g)].map((m) => ({
          code: Number(m[1]),
          ...(m[2] ? { subcode: Number(m[2]) } : {}),
          file: f,
        })),
      ),
  );
}

describe('the one Graph error catalogue', () => {
  it('covers every code/subcode the explain rules decide on, with an exact row', () => {
    const used = codesUsedByRules();
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const u of used) {
      const row = lookupGraphError(u);
      expect(row, `${u.file}: ${graphErrorLabel(u)}`).not.toBeNull();
      if (u.subcode !== undefined) expect(row!.subcode, `${u.file}: ${graphErrorLabel(u)} has its own row`).toBe(u.subcode);
    }
  });

  it('has the ad set errors the issue names', () => {
    for (const [code, subcode] of [
      [100, 2446885],
      [100, 2446886],
      [100, 1487246],
      [100, 2490408],
      [100, 3858161],
      [100, 1815296],
      [100, 33],
    ] as const) {
      expect(lookupGraphError({ code, subcode })?.subcode, `${code}/${subcode}`).toBe(subcode);
    }
  });

  it.each(GRAPH_ERRORS.map((r) => [graphErrorLabel(r), r]))('%s: cites a source and documentation', (_label, row) => {
    expect(row.source.length).toBeGreaterThan(10);
    expect(row.docs.length).toBeGreaterThan(0);
    for (const d of row.docs) expect(d).toMatch(/^https:\/\//);
  });

  it('no two rows match the same code/subcode', () => {
    const keys = GRAPH_ERRORS.map((r) => `${r.code ?? '*'}-${r.codeTo ?? ''}/${r.subcode ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(catalogueKeys().map((k) => [k]))('%s: in English and Russian', (key) => {
    expect(catalog.en[key]?.message, key).toBeTruthy();
    expect(catalog.ru[key]?.message, key).toMatch(/[а-яё]/i);
  });

  it.each(GRAPH_ERRORS.map((r) => [graphErrorLabel(r), r]))('%s: client, rules and report read the same row', (_label, row) => {
    const code = row.code ?? 100;
    const e = { code, ...(row.subcode !== undefined ? { subcode: row.subcode } : {}) };
    expect(classifyGraphError({ code: e.code, error_subcode: e.subcode }).kind).toBe(row.kind);
    expect(recogniseError(e)?.meaning.key).toBe(row.meaning);
    expect(errorMeaning(e.code, e.subcode ?? null).key).toBe(row.title);
  });

  it('102 is a token error for the client, the rules and the report alike', () => {
    expect(classifyGraphError({ code: 102 }).kind).toBe('token');
    expect(recogniseError({ code: 102 })?.related).toContain('token-invalid');
    expect(errorMeaning(102, null).key).toBe('reportMeaningTokenInvalid');
  });

  it('every business use case limit 80000–80014 is a rate limit everywhere', () => {
    for (let code = 80000; code <= 80014; code++) {
      expect(classifyGraphError({ code }).kind).toBe('rate_limit');
      expect(recogniseError({ code })?.related).toContain('rate-limited');
      expect(errorMeaning(code, null).key).toBe('reportMeaningRateLimit');
    }
  });

  it.each<[{ code?: number; subcode?: number }, string]>([
    [{ code: 100, subcode: 2446885 }, '100/2446885'],
    [{ code: 190 }, '190'],
    [{ subcode: 3858161 }, '?/3858161'],
    [{}, '?'],
  ])('one label format: %j → %s', (e, label) => {
    expect(graphErrorLabel(e)).toBe(label);
    expect(errorCodeLabel(e.code ?? null, e.subcode ?? null)).toBe(label);
  });
});
