import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, LOCALES } from '../../../lib/i18n';

// The store listings (docs/store/listing.<lang>.md) repeat the extension's own name and summary: the store page and
// the browser's extensions page must say the same, within the Chrome Web Store's 132-character summary.
describe.each(LOCALES)('store listing (%s)', (locale) => {
  const listing = readFileSync(`docs/store/listing.${locale}.md`, 'utf8');
  const field = (label: RegExp) => listing.match(new RegExp(`^- \\*\\*${label.source}:\\*\\* (.+)$`, 'm'))?.[1]?.trim();

  it('has the extension’s name and summary, word for word', () => {
    expect(field(/(?:Name|Название)/)).toBe(catalog[locale].extName!.message);
    expect(field(/(?:Summary \(132 max\)|Краткое описание \(до 132 символов\))/)).toBe(catalog[locale].extDescription!.message);
  });

  it('keeps the summary within 132 characters', () => {
    expect(catalog[locale].extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
