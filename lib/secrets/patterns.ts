import { REDACTED } from '../model';
import { SECRET_NAMES } from './names';

const NAMES = [...SECRET_NAMES]
  .filter((n) => /^[a-z_]+$/.test(n))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** `%`, `%25`, `%2525`, …: a percent sign however many times it was encoded again (Graph echoes double-encoded). */
const PCT = '%(?:25)*';

// `access_token=EAAB…` in any text, also URL-encoded any number of times (`access_token%3D…` inside a batch body
// inside a form, `%253D` when Graph echoes it). The value stops at `&` (encoded or not), whitespace, quotes or a
// backslash.
const FORM_PAIR = new RegExp(
  `(^|[^A-Za-z0-9_])(${NAMES})(=|${PCT}3D)((?:[^&\\s"'#\\\\%<>]|${PCT}(?!(?:25)*26)[0-9A-Fa-f]{2}|%(?![0-9A-Fa-f]{2}))+)`,
  'gi',
);
// `"fb_dtsg":"…"`, also inside a JSON string inside JSON (`\"fb_dtsg\":\"…\"`), and `'lsd': '…'`.
const JSON_PAIR = new RegExp(`((?:\\\\*["'])(?:${NAMES})(?:\\\\*["'])\\s*:\\s*(?:\\\\*["']))([^"'\\\\]*)`, 'gi');
// `"jazoest": 25873` — a number: replaced by null so JSON stays valid.
const JSON_NUMBER = new RegExp(`((?:\\\\*["'])(?:${NAMES})(?:\\\\*["'])\\s*:\\s*)(-?\\d[\\d.eE+-]*)`, 'gi');
// Header lines in free text (`Cookie: c_user=…`, `-H 'Authorization: Bearer …'`).
const HEADER_LINE = /\b(cookie|set-cookie|authorization|x-fb-lsd)(\s*:\s*)([^\r\n"']*)/gi;
// `Bearer X` / `bearer X` / `OAuth X`; app tokens are `app_id|app_secret`, so `|` (also encoded) is part of X.
const BEARER = /\b(Bearer|OAuth)(\s+)[A-Za-z0-9._~+/=|%-]{8,}/gi;
// Meta user/page/system tokens all start with EAA; catch them wherever they sit, whatever the parameter name.
const EAA_TOKEN = /EAA[A-Za-z0-9]{20,}/g;
// An app access token `app_id|app_secret` (the secret is 32 hex digits), the `|` possibly %-encoded any number of
// times: the id stays (it is public), the secret goes.
const APP_TOKEN = new RegExp(`\\b(\\d{5,}(?:\\||${PCT}7[Cc]))[0-9a-fA-F]{32}\\b`, 'g');

/** The shapes every token has, wherever it sits: EAA… tokens and the secret half of app tokens. */
export function redactTokenShapes(text: string, mark: string = REDACTED): string {
  return text.replace(EAA_TOKEN, () => mark).replace(APP_TOKEN, (_m, id: string) => `${id}${mark}`);
}

/**
 * The shape-based pass for free text: values of secret-named `name=value` pairs, JSON members and header lines,
 * `Bearer`/`OAuth` credentials, and token shapes (see redactTokenShapes).
 */
export function redactShapes(text: string, mark: string = REDACTED): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  return redactTokenShapes(
    text
      .replace(FORM_PAIR, (_m, pre: string, name: string, eq: string) => `${pre}${name}${eq}${mark}`)
      .replace(JSON_PAIR, (_m, pre: string) => `${pre}${mark}`)
      .replace(JSON_NUMBER, (_m, pre: string) => `${pre}null`)
      .replace(HEADER_LINE, (_m, name: string, sep: string) => `${name}${sep}${mark}`)
      .replace(BEARER, (_m, scheme: string, sp: string) => `${scheme}${sp}${mark}`),
    mark,
  );
}
