import { browser } from '#imports';
import type { Text } from '../lib/i18n/text';

/**
 * Render a localisable Text with the browser's language (`_locales`, generated from lib/i18n's catalogue, so every
 * key is there in both languages). A missing key shows itself rather than a blank.
 */
export function t(key: string | Text, ...subs: (string | number)[]): string {
  const item: Text = typeof key === 'string' ? { key, subs: subs.map(String) } : key;
  if (item.subs?.length) return message(item);
  // A message without substitutions is asked of the browser once: the first paint of 50 captures asks for the same
  // labels hundreds of times, and each ask crosses into the browser's native i18n binding.
  let cached = plain.get(item.key);
  if (cached === undefined) plain.set(item.key, (cached = message(item)));
  return cached;
}

const plain = new Map<string, string>();

function message(item: Text): string {
  try {
    // Keys come from the generated catalogue, which WXT's typed getMessage cannot know about.
    const getMessage = browser.i18n.getMessage as (key: string, subs?: string[]) => string;
    return getMessage(item.key, item.subs ?? []) || item.key;
  } catch {
    return item.key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
