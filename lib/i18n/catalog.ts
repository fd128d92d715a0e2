// The message catalogue, one JSON file per area and language. The build merges each language into
// public `_locales/<lang>/messages.json` (see wxt.config.ts); Node code (CLI, tests) reads it from here.
// Format: Chrome's messages.json (`{ key: { message, description? } }`), substitutions written as $1…$9.
import enCapture from './messages/en/capture.json' with { type: 'json' };
import enChain from './messages/en/chain.json' with { type: 'json' };
import enCode from './messages/en/code.json' with { type: 'json' };
import enCommon from './messages/en/common.json' with { type: 'json' };
import enDiff from './messages/en/diff.json' with { type: 'json' };
import enExplain from './messages/en/explain.json' with { type: 'json' };
import enGraph from './messages/en/graph.json' with { type: 'json' };
import enPopup from './messages/en/popup.json' with { type: 'json' };
import enReport from './messages/en/report.json' with { type: 'json' };
import enRequest from './messages/en/request.json' with { type: 'json' };
import enWelcome from './messages/en/welcome.json' with { type: 'json' };
import ruCapture from './messages/ru/capture.json' with { type: 'json' };
import ruChain from './messages/ru/chain.json' with { type: 'json' };
import ruCode from './messages/ru/code.json' with { type: 'json' };
import ruCommon from './messages/ru/common.json' with { type: 'json' };
import ruDiff from './messages/ru/diff.json' with { type: 'json' };
import ruExplain from './messages/ru/explain.json' with { type: 'json' };
import ruGraph from './messages/ru/graph.json' with { type: 'json' };
import ruPopup from './messages/ru/popup.json' with { type: 'json' };
import ruReport from './messages/ru/report.json' with { type: 'json' };
import ruRequest from './messages/ru/request.json' with { type: 'json' };
import ruWelcome from './messages/ru/welcome.json' with { type: 'json' };

export interface MessageEntry {
  message: string;
  description?: string;
}
export type Messages = Record<string, MessageEntry>;
export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];

function merge(...parts: Messages[]): Messages {
  return Object.assign({}, ...parts) as Messages;
}

export const catalog: Record<Locale, Messages> = {
  en: merge(enCommon, enCapture, enChain, enRequest, enCode, enDiff, enGraph, enExplain, enPopup, enReport, enWelcome),
  ru: merge(ruCommon, ruCapture, ruChain, ruRequest, ruCode, ruDiff, ruGraph, ruExplain, ruPopup, ruReport, ruWelcome),
};
