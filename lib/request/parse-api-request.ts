import { text } from '../i18n/text';
import { buildRequest, keepSecretsRead, secretsRead } from './build-request';
import { parseCurl } from './parse-curl';
import { parseExplorer } from './parse-explorer';
import { readHar } from './parse-har';
import { parseFormParams } from '../model/form-encoding';
import { parseJsonInput } from './parse-json-input';
import type { ParseResult, RequestFormat } from './parse-result';
import { codeReader, detectCodeLanguage, loadCodeReader, type CodeLanguage } from './code';
import { HTTP_REQUEST_LINE, parseHttpMessage } from './parse-http-message';
import { isPostmanCollection, parsePostman } from './parse-postman';

/** Code is read only up to this size: nobody pastes a megabyte of SDK code, and a HAR is never code. */
const MAX_CODE_CHARS = 1024 * 1024;
import { locateSecrets } from './secret-spans';

/** Inputs beyond this are refused outright (a 50 MB HAR is fine; the popup's textarea is the practical limit). */
export const MAX_INPUT_CHARS = 128 * 1024 * 1024;

const CURL = /^(?:\$\s+|>\s*)?curl(?:\.exe)?(?:\s|$)/i;
const EXPLORER_METHOD = /^(?:GET|POST|PUT|DELETE)\s+\S/i;
const GRAPH_TARGET = /^(?:https?:\/\/|[\w-]+(?:\.[\w-]+)*\.facebook\.com\/|\/?v\d+\.\d+\/|\/?act_[^/\s]*\/)/i;
const ASSIGNED_LITERAL = /^(?:(?:const|let|var)\s+)?[A-Za-z_$][\w$.]*\s*(?::\s*[^=\n]{1,80}?)?\s*=\s*[{[]/;
const FORM = /^[^\s=&{}[\]"']+=/;
// `access_token={access_token}&name=…`: a form whose first value is a template placeholder (drafts keep the token's
// place that way), not a `params = {…}` literal.
const FORM_WITH_PLACEHOLDER = /^[^\s=&{}[\]"']+=\{[\w$]+\}(?:&|\r?\n|\s*$)/;

/** Which reader an input is for, from its first significant characters; null when none fits. */
export function detectFormat(input: string): RequestFormat | null {
  const s = firstSignificant(input);
  if (!s) return null;
  if (CURL.test(s)) return 'curl';
  if (HTTP_REQUEST_LINE.test(s.slice(0, s.indexOf('\n') < 0 ? s.length : s.indexOf('\n')).trim())) return 'http';
  if (s.startsWith('{') || s.startsWith('[')) return looksLikeHar(input) ? 'har' : looksLikePostman(input) ? 'postman' : 'json';
  if (EXPLORER_METHOD.test(s) || GRAPH_TARGET.test(s)) return 'explorer';
  if (FORM_WITH_PLACEHOLDER.test(s)) return 'form';
  if (ASSIGNED_LITERAL.test(s)) return 'params';
  if (FORM.test(s)) return 'form';
  return null;
}

/**
 * Read the user's own Marketing API request from whatever they have at hand: a cURL command, a JSON body (with or
 * without its URL), a form string, a Graph API Explorer line, a JS/Python params object, or a HAR file (the first
 * `POST …/adsets` entry; `parseHar` returns them all). The access token is extracted and removed. Never throws: bad
 * input gets a localisable message, with the line when there is one.
 */
export function parseApiRequest(input: string): ParseResult {
  const r = readRequest(input);
  if (r.ok) r.secretSpans = locateSecrets(input, secretsRead(r));
  return r;
}

function readRequest(input: string): ParseResult {
  try {
    if (typeof input !== 'string' || !input.trim()) return { ok: false, error: text('requestEmpty') };
    if (input.length > MAX_INPUT_CHARS) {
      return { ok: false, error: text('requestTooLarge', Math.ceil(input.length / 1048576), MAX_INPUT_CHARS / 1048576) };
    }
    const src = input.replace(/^\uFEFF/, '');
    const format = detectFormat(src);
    const lang = detectCodeLanguage(src);
    // Code that merely starts like a form (`FacebookAdsApi.init(access_token=…`) is code.
    const codeFirst = lang !== null && (format === null || format === 'form');
    const classic = codeFirst ? null : readClassic(src, format);
    if (classic?.ok) return classic;
    const mayBeCode = format === null || format === 'form' || format === 'params';
    const codeLang = src.length > MAX_CODE_CHARS ? null : ((mayBeCode ? lang : null) ?? literalWithCode(src, format, classic));
    if (!codeLang) return classic ?? { ok: false, error: text('requestUnrecognised') };
    const reader = codeReader(codeLang);
    if (!reader) return { ok: false, error: text('requestCodeLoading'), needsLanguage: codeLang };
    const code = reader(src);
    if (code.ok || (classic === null && format === null)) return code;
    return classic ?? readClassic(src, format) ?? code;
  } catch {
    // A bug of ours must not take the popup down; the user still gets a message.
    return { ok: false, error: text('requestInternalError') };
  }
}

/**
 * `parseApiRequest`, first loading the reader of the language the input is written in (each grammar is loaded on
 * demand, once). What the popup, the CLI and the scenario loader call.
 */
export async function readApiRequest(input: string): Promise<ParseResult> {
  const first = parseApiRequest(input);
  if (first.ok || !first.needsLanguage) return first;
  try {
    await loadCodeReader(first.needsLanguage);
  } catch {
    return { ok: false, error: text('requestInternalError') };
  }
  return parseApiRequest(input);
}

/**
 * A JSON-ish object or params literal the literal reader refused because a value is an expression
 * (`{name: nombreBase}`): read it as code instead, Python when it looks like Python.
 */
function literalWithCode(src: string, format: RequestFormat | null, classic: ParseResult | null): CodeLanguage | null {
  if (!classic || classic.ok || (format !== 'json' && format !== 'params')) return null;
  // A typo in JSON keeps its precise message; a value that is an expression (a name, a call, a spread) is code.
  const expression = classic.error.key === 'requestSyntaxVariable' || (classic.error.key === 'requestSyntaxUnexpectedChar' && /\.\.\.|\w\(|`|\*\*/.test(src));
  if (!expression) return null;
  return /\b(?:True|False|None)\b|^\s*#/m.test(src) ? 'python' : 'javascript';
}

function readClassic(src: string, format: RequestFormat | null): ParseResult | null {
  try {
    switch (format) {
      case 'curl':
        return parseCurl(src);
      case 'har':
        return fromHar(src);
      case 'json':
      case 'params':
        return shifted(src, parseJsonInput);
      case 'explorer':
        return shifted(src, parseExplorer);
      case 'form':
        return parseForm(src.trim());
      case 'http':
        return parseHttpMessage(src);
      case 'postman':
        return fromPostman(src);
      default:
        return null;
    }
  } catch {
    return { ok: false, error: text('requestInternalError') };
  }
}

/** Run a reader on the input without its blank leading lines, keeping error line numbers true to the input. */
function shifted(src: string, read: (s: string) => ParseResult): ParseResult {
  const lead = /^\s*/.exec(src)?.[0] ?? '';
  const skipped = lead.lastIndexOf('\n') + 1;
  const offset = lead.slice(0, skipped).split('\n').length - 1;
  const r = read(src.slice(skipped).trimEnd());
  if (r.ok || offset === 0 || r.line === undefined) return r;
  const line = r.line + offset;
  const subs = r.error.subs?.[0] === String(r.line) ? [String(line), ...r.error.subs.slice(1)] : r.error.subs;
  return { ok: false, error: subs ? { key: r.error.key, subs } : r.error, line };
}

function fromHar(src: string): ParseResult {
  const har = readHar(src);
  if (!har.ok) return parseJsonInput(src.trim());
  const [first, ...more] = har.requests;
  if (!first) return { ok: false, error: text('requestHarNoAdsets', har.entries) };
  if (more.length > 0) first.warnings.push(text('requestWarnHarSeveral', har.requests.length));
  const r: ParseResult = { ok: true, request: first.request, token: first.token, format: 'har', warnings: first.warnings, unresolved: first.unresolved };
  keepSecretsRead(r, secretsRead(first));
  return r;
}

/** `a=1&b=2` (also one `name=value` per line, as people copy them out of DevTools' payload view). */
function parseForm(src: string): ParseResult {
  const body = !src.includes('&') && src.includes('\n') ? src.split(/\r?\n/).join('&') : src;
  return buildRequest({ url: null, method: null, headers: [], params: parseFormParams(body), warnings: [] }, 'form');
}

/** The first line that is not blank or a `#`/`//` comment, trimmed at the start. */
function firstSignificant(input: string): string {
  let i = 0;
  for (;;) {
    while (i < input.length && /\s|\uFEFF/.test(input[i] as string)) i++;
    if (input.startsWith('#', i) && !input.startsWith('#!', i) && !/^#\s*curl/i.test(input.slice(i, i + 10))) {
      const nl = input.indexOf('\n', i);
      if (nl < 0) return '';
      i = nl + 1;
      continue;
    }
    if (input.startsWith('//', i)) {
      const nl = input.indexOf('\n', i);
      if (nl < 0) return '';
      i = nl + 1;
      continue;
    }
    return input.slice(i, i + 4096);
  }
}

function fromPostman(src: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch {
    return parseJsonInput(src.trim());
  }
  return isPostmanCollection(doc) ? parsePostman(src, doc) : parseJsonInput(src.trim());
}

/** A Postman collection: its `info.schema` names the collection format (looked for near the start only). */
function looksLikePostman(input: string): boolean {
  return /"schema"\s*:\s*"https?:\/\/schema\.getpostman\.com\/json\/collection/.test(input.slice(0, 8192));
}

/** A HAR log: `{"log": {… "entries": […]}}`. Looked for near the start only, so huge inputs stay cheap. */
function looksLikeHar(input: string): boolean {
  const head = input.slice(0, 4096);
  return /^\s*\{\s*"log"\s*:/.test(head) || (/"log"\s*:/.test(head) && /"(entries|creator|version)"\s*:/.test(head));
}
