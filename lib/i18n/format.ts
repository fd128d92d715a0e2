import { catalog, type Locale, type Messages } from './catalog';
import type { Text } from './text';

/** Chrome's substitution rules for `$1`…`$9` (and `$$` for a literal dollar). */
export function substitute(message: string, subs: readonly string[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** Render a Text in Node (CLI, tests, reports). Unknown keys render as the key so nothing is ever blank. */
export function format(t: Text, locale: Locale = 'en', messages: Messages = catalog[locale]): string {
  const entry = messages[t.key] ?? catalog.en[t.key];
  return entry ? substitute(entry.message, t.subs) : t.key;
}

export type Translate = (t: Text) => string;
export function translator(locale: Locale = 'en'): Translate {
  return (t) => format(t, locale);
}
