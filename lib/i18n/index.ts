export { catalog, LOCALES, type Locale, type Messages, type MessageEntry } from './catalog';
export { text, type Text } from './text';
export { format, substitute, translator, type Translate } from './format';
