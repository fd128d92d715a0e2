import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../lib/i18n';

const root = join(__dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, { message: string }>;
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();
const en = read('lib/i18n/messages/en/report.json');
const ru = read('lib/i18n/messages/ru/report.json');

describe('report.json: en and ru agree', () => {
  it('same keys, report-prefixed', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^report[A-Z]\w*$/);
  });

  it.each(Object.keys(en).map((k) => [k]))('%s: same placeholders, real Russian', (key) => {
    expect(placeholders(ru[key]!.message)).toEqual(placeholders(en[key]!.message));
    expect(ru[key]!.message).toMatch(/[а-яё]|^HTTP \$1$/i);
  });
});

describe('every message key lib/report uses exists in both languages', () => {
  const dir = join(root, 'lib/report');
  // The report names errors through the one Graph error catalogue, which holds their report titles.
  const used = [...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)), join(root, 'lib/graph/error-catalogue.ts')]
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['`]((?:report|diff)[A-Z]\w+)['`]/g)].map((m) => m[1]!));
  it('finds the keys', () => expect(used.length).toBeGreaterThan(100));
  it.each([...new Set(used)].map((k) => [k]))('%s', (key) => {
    expect(catalog.en[key], key).toBeDefined();
    expect(catalog.ru[key], key).toBeDefined();
  });
  it('no unused report key', () => {
    const set = new Set(used);
    expect(Object.keys(en).filter((k) => !set.has(k))).toEqual([]);
  });
});
