import { text, type Text } from '../i18n/text';
import { isRecord } from '../model/record';
import { buildRequest, type RawRequest } from './build-request';
import { encodeFormComponent, parseFormParams } from '../model/form-encoding';
import { parseObjectLiteral } from './object-literal';
import type { ParseResult } from './parse-result';
import { shellWords, type ShellWord } from './shell-words';

/** Short options that take a value (`-d x`, `-dx`); the others are flags that may be clustered (`-sSL`). */
const SHORT_WITH_VALUE = new Set('dFHXuAebcoxmTwEKrUYyzCQtDP'.split(''));

/** Long options that take a value and matter here, or that must be skipped together with their value. */
const LONG_WITH_VALUE = new Set([
  '--data', '--data-ascii', '--data-binary', '--data-raw', '--data-urlencode', '--json', '--form', '--form-string',
  '--header', '--request', '--url', '--user', '--user-agent', '--referer', '--cookie', '--cookie-jar', '--output',
  '--proxy', '--max-time', '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time', '--write-out', '--cert',
  '--key', '--cacert', '--capath', '--resolve', '--connect-to', '--interface', '--limit-rate', '--max-filesize',
  '--oauth2-bearer', '--aws-sigv4', '--dns-servers', '--range', '--upload-file', '--config', '--proxy-user',
  '--trace', '--trace-ascii', '--stderr', '--variable', '--expect100-timeout', '--keepalive-time', '--max-redirs',
  '--speed-limit', '--speed-time', '--unix-socket', '--cert-type', '--key-type', '--ciphers', '--pass', '--dump-header',
]);

const LONG_FLAGS = new Set([
  '--get', '--compressed', '--location', '--silent', '--show-error', '--insecure', '--verbose', '--include', '--fail',
  '--fail-with-body', '--globoff', '--no-buffer', '--http1.0', '--http1.1', '--http2', '--http2-prior-knowledge', '--http3',
  '--head', '--location-trusted', '--raw', '--tr-encoding', '--no-keepalive', '--ipv4', '--ipv6', '--progress-bar',
  '--no-progress-meter', '--remote-name', '--remote-name-all', '--create-dirs', '--path-as-is', '--ssl-reqd',
  '--tlsv1.2', '--tlsv1.3', '--no-sessionid', '--anyauth', '--basic', '--digest', '--ntlm', '--negotiate', '--tcp-nodelay',
  '--disable', '--fail-early', '--retry-all-errors', '--retry-connrefused', '--styled-output', '--no-styled-output',
]);

const SHORT_TO_LONG: Record<string, string> = {
  d: '--data', F: '--form', H: '--header', X: '--request', G: '--get', I: '--head', b: '--cookie', u: '--user',
};

type BodyPiece = { kind: 'data'; value: string; encoded?: boolean } | { kind: 'form'; name: string; value: string };

/**
 * Read a cURL command (as written by hand, by Meta's docs, or by Chrome's "Copy as cURL" for bash or cmd) into an
 * ad set request. Data options follow curl's own rules: `-d` pieces are joined with `&`, `--data-urlencode` encodes
 * its content, `@file` arguments cannot be read here and are reported, `-G` moves the data into the query string.
 */
export function parseCurl(src: string): ParseResult {
  const split = shellWords(src);
  if (!split.ok) return { ok: false, error: split.error, line: split.line };
  const all = split.words;
  let start = all.findIndex((w) => !w.op && /(^|[\\/])curl(\.exe)?$/i.test(w.value));
  if (start < 0) start = 0;
  const opIndex = all.findIndex((w, k) => k > start && w.op);
  const words = opIndex < 0 ? all.slice(start + 1) : all.slice(start + 1, opIndex);
  const warnings: Text[] = [];
  if (opIndex >= 0) warnings.push(text('requestWarnTrailingText', (all[opIndex] as ShellWord).line));

  const urls: string[] = [];
  const headers: [string, string][] = [];
  const pieces: BodyPiece[] = [];
  let dataLine = 1;
  let method: string | null = null;
  let get = false;
  let head = false;
  let json = false;

  for (let k = 0; k < words.length; k++) {
    const w = words[k] as ShellWord;
    let opt: string | null = null;
    let value: string | null = null;
    let needsValue = false;
    if (w.value.startsWith('--') && w.value.length > 2) {
      opt = w.value;
      if (LONG_WITH_VALUE.has(opt)) needsValue = true;
      else if (!LONG_FLAGS.has(opt)) warnings.push(text('requestWarnUnknownOption', opt));
    } else if (w.value.startsWith('-') && w.value.length > 1) {
      // A cluster of short options; the first one taking a value swallows the rest of the word (`-XPOST`).
      for (let j = 1; j < w.value.length; j++) {
        const ch = w.value[j] as string;
        if (SHORT_WITH_VALUE.has(ch)) {
          opt = SHORT_TO_LONG[ch] ?? `-${ch}`;
          const rest = w.value.slice(j + 1);
          if (rest) value = rest;
          else needsValue = true;
          break;
        }
        if (ch === 'G') get = true;
        if (ch === 'I') head = true;
      }
      if (!opt) continue;
    } else {
      urls.push(w.value);
      continue;
    }
    if (needsValue) {
      const next = words[k + 1];
      if (!next) return { ok: false, error: text('requestCurlMissingValue', w.line, w.value), line: w.line };
      value = next.value;
      k++;
    }
    const v = value ?? '';
    if (opt.startsWith('--data') || opt === '--json') {
      if (!pieces.some((p) => p.kind === 'data')) dataLine = (needsValue ? (words[k] as ShellWord).line : w.line);
    }
    switch (opt) {
      case '--get':
        get = true;
        break;
      case '--head':
        head = true;
        break;
      case '--request':
      case '-X':
        method = v;
        break;
      case '--url':
        urls.push(v);
        break;
      case '--header':
      case '-H': {
        const colon = v.indexOf(':');
        if (colon > 0) headers.push([v.slice(0, colon).trim(), v.slice(colon + 1).trim()]);
        break;
      }
      case '--oauth2-bearer':
        headers.push(['Authorization', `Bearer ${v}`]);
        break;
      case '--json':
        json = true;
        pieces.push(...dataPiece(v, false, opt, warnings));
        break;
      case '--data':
      case '--data-ascii':
      case '--data-binary':
        pieces.push(...dataPiece(v, false, opt, warnings));
        break;
      case '--data-raw':
        pieces.push({ kind: 'data', value: v });
        break;
      case '--data-urlencode':
        pieces.push(...urlencodePiece(v, warnings));
        break;
      case '--form':
      case '--form-string':
        pieces.push(...formPiece(v, opt === '--form-string', warnings));
        break;
      default:
        break;
    }
  }

  if (urls.length > 1) warnings.push(text('requestWarnSeveralUrls', urls.length));
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
  const isJson = json || /json/i.test(contentType);
  let url = urls.find((u) => /^(https?:\/\/|[\w-]+(\.[\w-]+)*\.facebook\.com|\/?v\d+\.\d+\/|\/?act_)/i.test(u)) ?? urls[0] ?? null;
  if (!url) warnings.push(text('requestWarnNoUrl'));
  const params: [string, unknown][] = [];
  const dataText = pieces.filter((p) => p.kind === 'data').map((p) => p.value);
  if (isJson && dataText.length > 0 && !get) {
    const body = dataText.join(json ? '' : '&');
    const parsed = parseObjectLiteral(body);
    if (!parsed.ok) {
      // Point at the line of the whole command, not of the body alone.
      const line = dataLine + parsed.line - 1;
      const subs = [String(line), ...(parsed.error.subs ?? []).slice(1)];
      return { ok: false, error: { key: parsed.error.key, subs }, line };
    }
    if (!isRecord(parsed.value)) return { ok: false, error: text('requestNotAnObject') };
    params.push(...Object.entries(parsed.value));
  } else if (dataText.length > 0) {
    const body = dataText.join('&');
    const trimmed = body.trim();
    // JSON sent with -d but without `Content-Type: application/json`: curl sends it as a form and Graph would not read
    // it as JSON. Read it as JSON (that is what the user meant) and say so.
    const asJson = trimmed.startsWith('{') ? parseObjectLiteral(trimmed) : null;
    if (asJson?.ok && isRecord(asJson.value) && !get) {
      warnings.push(text('requestWarnJsonWithoutContentType'));
      params.push(...Object.entries(asJson.value));
    } else if (get && url) {
      url += (url.includes('?') ? '&' : '?') + body;
    } else {
      params.push(...parseFormParams(body));
      if (!get) warnPlusSigns(pieces, warnings);
    }
  }
  for (const p of pieces) if (p.kind === 'form') params.push([p.name, p.value]);

  const effectiveMethod = method ?? (get ? 'GET' : head ? 'HEAD' : pieces.length > 0 ? 'POST' : 'GET');
  const raw: RawRequest = { url, method: effectiveMethod, headers, params, warnings, src };
  return buildRequest(raw, 'curl');
}

/**
 * `-d "x={\"phone\":\"+7700…\"}"` sends the `+` as is, and a form body's `+` is a space: Graph receives
 * `" 7700…"`. Meta's own examples do this (the seed's reproduction too), so the parse stays faithful to what the
 * server gets and says so. `--data-urlencode` pieces are already encoded and never trigger this.
 */
function warnPlusSigns(pieces: BodyPiece[], warnings: Text[]): void {
  for (const p of pieces) {
    if (p.kind !== 'data' || p.encoded || !p.value.includes('+')) continue;
    for (const segment of p.value.split('&')) {
      const eq = segment.indexOf('=');
      if (eq < 0 || !segment.includes('+', eq)) continue;
      const [[name, value] = ['', '']] = parseFormParams(segment);
      warnings.push(text('requestWarnPlusInData', name, value.length > 80 ? value.slice(0, 80) + '…' : value));
    }
  }
}

function dataPiece(v: string, _raw: boolean, opt: string, warnings: Text[]): BodyPiece[] {
  if (v.startsWith('@')) {
    warnings.push(text('requestWarnFileReference', opt, v));
    return [];
  }
  return [{ kind: 'data', value: v }];
}

/** curl's `--data-urlencode` forms: `content`, `=content`, `name=content`, `@file`, `name@file`. */
function urlencodePiece(v: string, warnings: Text[]): BodyPiece[] {
  const eq = v.indexOf('=');
  const at = v.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) {
    warnings.push(text('requestWarnFileReference', '--data-urlencode', v));
    return [];
  }
  if (eq < 0) return [{ kind: 'data', value: encodeFormComponent(v), encoded: true }];
  const name = v.slice(0, eq);
  const content = encodeFormComponent(v.slice(eq + 1));
  return [{ kind: 'data', value: name ? `${name}=${content}` : content, encoded: true }];
}

/** `-F name=value`: `@file` / `<file` read files (reported); `;type=…` suffixes and `"…"` quoting are curl syntax. */
function formPiece(v: string, literal: boolean, warnings: Text[]): BodyPiece[] {
  const eq = v.indexOf('=');
  if (eq <= 0) return [];
  const name = v.slice(0, eq);
  let value = v.slice(eq + 1);
  if (literal) return [{ kind: 'form', name, value }];
  // `-F 'campaign_id=<CAMPAIGN_ID>'` in Meta's docs is a placeholder, not curl's `<file` (it has the closing `>`).
  if (value.startsWith('@') || (value.startsWith('<') && !/^<[A-Za-z][\w.-]*>$/.test(value))) {
    warnings.push(text('requestWarnFileReference', '--form', v));
    return [];
  }
  if (value.startsWith('"')) {
    let out = '';
    let i = 1;
    for (; i < value.length && value[i] !== '"'; i++) {
      if (value[i] === '\\' && i + 1 < value.length) i++;
      out += value[i];
    }
    value = out;
  } else {
    value = value.replace(/;\s*(?:type|filename|headers|encoder)=[^;]*$/i, '');
  }
  return [{ kind: 'form', name, value }];
}

