import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, format, substitute } from '../../../lib/i18n';

const placeholders = (m: string) => [...m.matchAll(/\$([1-9])/g)].map((x) => x[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('message catalogue', () => {
  it('has the same keys in English and Russian', () => {
    expect(Object.keys(catalog.ru).sort()).toEqual(Object.keys(catalog.en).sort());
  });

  it('uses the same substitutions in both languages, and no message is empty', () => {
    for (const [key, entry] of Object.entries(catalog.en)) {
      const ru = catalog.ru[key]!;
      expect(entry.message.trim(), key).not.toBe('');
      expect(ru.message.trim(), key).not.toBe('');
      expect(placeholders(ru.message), key).toEqual(placeholders(entry.message));
    }
  });

  it('has keys Chrome accepts (letters, digits, _ and @)', () => {
    for (const key of Object.keys(catalog.en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('is really translated: most Russian messages contain Cyrillic', () => {
    const entries = Object.values(catalog.ru);
    const cyrillic = entries.filter((e) => /[А-Яа-яЁё]/.test(e.message)).length;
    expect(cyrillic / entries.length).toBeGreaterThan(0.8);
  });

  it('knows every key the popup, the components and the background name literally', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('entrypoints')];
    const used = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:t|text)\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((k) => !catalog.en[k]);
    expect(missing).toEqual([]);
  });
});

describe('format', () => {
  it.each([
    ['$1 of $2', ['a', 'b'], 'a of b'],
    ['cost $$5', [], 'cost $5'],
    ['missing $3', ['a'], 'missing '],
  ])('substitute(%s)', (msg, subs, out) => {
    expect(substitute(msg, subs)).toBe(out);
  });

  it('renders a key in the chosen language and falls back to the key itself', () => {
    expect(format({ key: 'extName' }, 'ru')).toBe('Ads API Inspector');
    expect(format({ key: 'explainButton' }, 'ru')).toMatch(/Объяснить/);
    expect(format({ key: 'noSuchKey' }, 'en')).toBe('noSuchKey');
  });
});
