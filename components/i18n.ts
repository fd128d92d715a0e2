import { browser } from '#imports';
import { substitute } from '../lib/i18n/format';
import { catalog } from '../lib/i18n/catalog';
import type { Text } from '../lib/i18n';

/**
 * Render a localisable Text with the browser's language (`_locales`), falling back to the English catalogue
 * (never a blank string: a missing key shows itself so it gets noticed).
 */
export function t(key: string | Text, ...subs: (string | number)[]): string {
  const item: Text = typeof key === 'string' ? { key, subs: subs.map(String) } : key;
  let msg = '';
  try {
    // Keys come from the generated catalogue, which WXT's typed getMessage cannot know about.
    const getMessage = browser.i18n.getMessage as (key: string, subs?: string[]) => string;
    msg = getMessage(item.key, item.subs ?? []);
  } catch {
    msg = '';
  }
  if (msg) return msg;
  const en = catalog.en[item.key];
  return en ? substitute(en.message, item.subs) : item.key;
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
