import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffCategorySchema, DiffKindSchema } from '../../../lib/diff';
import { whyText } from '../../../lib/diff/explain-entry';
import { catalog } from '../../../lib/i18n';
import { ADSET_FIELDS, PAGE_FIELDS, PROMOTED_OBJECT_FIELDS } from '../../../lib/model';

const root = join(__dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, { message: string }>;
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();

describe('request.json and diff.json: en and ru agree', () => {
  it.each([['request'], ['diff']])('%s.json', (area) => {
    const en = read(`lib/i18n/messages/en/${area}.json`);
    const ru = read(`lib/i18n/messages/ru/${area}.json`);
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(key).toMatch(new RegExp(`^${area}[A-Z]\\w*$`));
      expect(placeholders(ru[key]!.message), key).toEqual(placeholders(message));
      expect(ru[key]!.message, key).toMatch(/[а-яё]/i);
    }
  });
});

describe('every message key the code uses exists in both languages', () => {
  const literalKeys = ['lib/request', 'lib/diff', 'lib/model'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(root, dir, f), 'utf8').matchAll(/['`]((?:request|diff)[A-Z]\w+)['`]/g)].map((m) => m[1]!)),
  );
  const meaningKeys = [ADSET_FIELDS, PROMOTED_OBJECT_FIELDS, PAGE_FIELDS].flatMap((t) => Object.values(t).flatMap((i) => (i.meaning ? [i.meaning] : [])));
  const whyKeys = DiffKindSchema.options.flatMap((kind) =>
    DiffCategorySchema.options.filter((c) => c !== 'version' || kind !== 'only_ui').map((c) => whyText('x', kind, c, 'a', 'b', '+1').key),
  );
  it.each([...new Set([...literalKeys, ...meaningKeys, ...whyKeys])].map((k) => [k]))('%s', (key) => {
    expect(catalog.en[key], key).toBeDefined();
    expect(catalog.ru[key], key).toBeDefined();
  });
});
