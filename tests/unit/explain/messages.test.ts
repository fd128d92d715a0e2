import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../lib/i18n';
import { FindingIdSchema } from '../../../lib/model';

const root = join(__dirname, '../../..');
const read = (lang: string) => JSON.parse(readFileSync(join(root, `lib/i18n/messages/${lang}/explain.json`), 'utf8')) as Record<string, { message: string }>;
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

describe('explain.json: en and ru agree', () => {
  const en = read('en');
  const ru = read('ru');
  it('same keys, same placeholders, Russian really Russian, keys prefixed explain_', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(key).toMatch(/^explain_[a-z0-9_]+$/);
      expect(placeholders(ru[key]!.message), key).toEqual(placeholders(message));
      expect(ru[key]!.message, key).toMatch(/[а-яё]/i);
    }
  });

  it('every catalogue id has a title', () => {
    for (const id of FindingIdSchema.options) expect(en[`explain_title_${id.replace(/-/g, '_')}`], id).toBeDefined();
  });

  it('every key lib/explain names exists in both languages', () => {
    const used = new Set(files(join(root, 'lib/explain')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(explain_[a-z0-9_]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(100);
    for (const k of used) {
      expect(catalog.en[k], k).toBeDefined();
      expect(catalog.ru[k], k).toBeDefined();
    }
  });
});
