import { text, type Text } from '../i18n/text';
import { positionOf } from './text-position';

export interface ShellWord {
  /** The word after quote removal and escapes, or an operator (`|`, `;`, `&`, `&&`, `>` …) when `op` is true. */
  value: string;
  op: boolean;
  /** 1-based line where the word starts. */
  line: number;
}

export type ShellWordsResult = { ok: true; words: ShellWord[] } | { ok: false; error: Text; line: number };

/**
 * Split a pasted command line into words the way the shell that produced it would.
 *
 * - POSIX sh (curl examples, Chrome's "Copy as cURL (bash)"): `'…'`, `"…"` (backslash escapes only `$ \` " \\` and
 *   newline), `$'…'` (ANSI-C escapes), backslash escapes, `\` + newline continuations, `#` comments. Backtick +
 *   newline (PowerShell continuation) is also accepted. A newline that is not continued is read as a space: pasted
 *   commands often lose their backslashes, and the curl reader warns about stray arguments instead.
 * - Windows cmd (Chrome's "Copy as cURL (cmd)"): `^` escapes the next character, `^` + newline continues the line,
 *   then curl.exe's C runtime splits the result (`"` quotes, `\"` a literal quote).
 */
export function shellWords(src: string): ShellWordsResult {
  return isCmd(src) ? cmdWords(src) : posixWords(src);
}

/**
 * Chrome's cmd flavour always starts `curl ^"https://…^"` and continues lines with ` ^`; a `^"` deeper inside is just
 * a caret in a POSIX-quoted value.
 */
function isCmd(src: string): boolean {
  const head = src.trimStart();
  const nl = head.indexOf('\n');
  const first = (nl < 0 ? head : head.slice(0, nl)).trimEnd();
  return /^curl(?:\.exe)?\s+\^"/i.test(head) || (first.endsWith(' ^') && !first.includes("'"));
}

/** Runs of characters with no meaning inside double quotes / outside quotes: taken as one slice each. */
const DQ_RUN = /[^"\\\n]+/y;
const PLAIN_RUN = /[^\s\\`'"$#|;<>]+/y;
/** `<AD_ACCOUNT_ID>`: an upper-case (or snake) name in angle brackets, no spaces — a redirect target never looks so. */
const DOC_PLACEHOLDER = /^<[A-Za-z][A-Za-z0-9_.-]*>/;

function fail(src: string, at: number, quote: string): ShellWordsResult {
  const { line } = positionOf(src, at);
  return { ok: false, error: text('requestUnterminatedQuote', line, quote), line };
}

function posixWords(s: string): ShellWordsResult {
  const words: ShellWord[] = [];
  let line = 1;
  let cur: string[] | null = null;
  let curLine = 1;
  const start = () => {
    if (!cur) {
      cur = [];
      curLine = line;
    }
    return cur;
  };
  const end = () => {
    if (cur) words.push({ value: cur.join(''), op: false, line: curLine });
    cur = null;
  };
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i] as string;
    if (c === '\n') {
      end();
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\u00a0') {
      end();
      i++;
    } else if (c === '\\' || c === '`') {
      const next = s[i + 1];
      if (next === '\n' || (next === '\r' && s[i + 2] === '\n')) {
        // Line continuation: the word (if any) goes on on the next line.
        i += next === '\n' ? 2 : 3;
        line++;
      } else if (c === '\\') {
        if (next === undefined) {
          i++;
        } else {
          start().push(next);
          i += 2;
        }
      } else {
        start().push(c);
        i++;
      }
    } else if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close < 0) return fail(s, i, "'");
      const body = s.slice(i + 1, close);
      start().push(body);
      line += countNewlines(body);
      i = close + 1;
    } else if (c === '$' && s[i + 1] === "'") {
      const r = ansiC(s, i + 2);
      if (r === null) return fail(s, i, "$'");
      start().push(r.value);
      line += countNewlines(s.slice(i, r.end));
      i = r.end;
    } else if (c === '"' || (c === '$' && s[i + 1] === '"')) {
      const open = c === '$' ? i + 1 : i;
      const w = start();
      let j = open + 1;
      let closed = false;
      while (j < n) {
        DQ_RUN.lastIndex = j;
        const run = DQ_RUN.exec(s);
        if (run) {
          w.push(run[0]);
          j += run[0].length;
          continue;
        }
        const d = s[j] as string;
        if (d === '"') {
          closed = true;
          break;
        }
        if (d === '\\') {
          const e = s[j + 1];
          if (e === '\n') {
            line++;
            j += 2;
            continue;
          }
          if (e === '$' || e === '`' || e === '"' || e === '\\') {
            w.push(e);
            j += 2;
            continue;
          }
        }
        if (d === '\n') line++;
        w.push(d);
        j++;
      }
      if (!closed) return fail(s, open, '"');
      i = j + 1;
    } else if (c === '#' && !cur) {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? n : nl;
    } else if (c === '<' && DOC_PLACEHOLDER.test(s.slice(i, i + 80))) {
      // Meta's docs write `act_<AD_ACCOUNT_ID>` and `access_token=<ACCESS_TOKEN>` unquoted: a placeholder to fill in,
      // not a redirect (https://developers.facebook.com/documentation/ads-commerce/marketing-api/get-started/basic-ad-creation/create-an-ad).
      const m = DOC_PLACEHOLDER.exec(s.slice(i, i + 80)) as RegExpExecArray;
      start().push(m[0]);
      i += m[0].length;
    } else if (c === '|' || c === ';' || c === '>' || c === '<' || (c === '&' && /^(?:&|\s|$)/.test(s.slice(i + 1, i + 2)))) {
      // A lone `&` inside a word stays literal: unquoted URLs pasted with `?a=1&b=2` are common and the user meant them.
      end();
      const two = s.slice(i, i + 2);
      const op = two === '&&' || two === '||' || two === '>>' ? two : c;
      words.push({ value: op, op: true, line });
      i += op.length;
    } else {
      // Plain run of characters: take it in one slice.
      PLAIN_RUN.lastIndex = i + 1;
      const j = i + 1 + (PLAIN_RUN.exec(s)?.[0].length ?? 0);
      start().push(s.slice(i, j));
      i = j;
    }
  }
  end();
  return { ok: true, words };
}

/** `$'…'` body from `from` (after the opening quote): the value and the index after the closing quote. */
function ansiC(s: string, from: number): { value: string; end: number } | null {
  let out = '';
  let i = from;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "'") return { value: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'e':
      case 'E':
        out += '\x1b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        const m = /^[0-9A-Fa-f]{1,2}/.exec(s.slice(i, i + 2));
        if (m) {
          out += String.fromCharCode(parseInt(m[0], 16));
          i += m[0].length;
        } else out += '\\x';
        break;
      }
      case 'u':
      case 'U': {
        const m = (e === 'u' ? /^[0-9A-Fa-f]{1,4}/ : /^[0-9A-Fa-f]{1,8}/).exec(s.slice(i, i + (e === 'u' ? 4 : 8)));
        const cp = m ? parseInt(m[0], 16) : NaN;
        if (m && cp <= 0x10ffff) {
          out += String.fromCodePoint(cp);
          i += m[0].length;
        } else out += '\\' + e;
        break;
      }
      case undefined:
        return null;
      default:
        if (/[0-7]/.test(e)) {
          const m = /^[0-7]{1,3}/.exec(s.slice(i - 1, i + 2)) as RegExpExecArray;
          out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
          i += m[0].length - 1;
        } else out += e; // \\ \' \" \? and unknown escapes keep the character
    }
  }
  return null;
}

function cmdWords(src: string): ShellWordsResult {
  // Stage 1 (cmd.exe): drop `^` escapes and `^`+newline continuations, remembering each character's source line.
  const chars: string[] = [];
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '^') {
      const next = src[i + 1];
      if (next === '\n' || (next === '\r' && src[i + 2] === '\n')) {
        i += next === '\n' ? 1 : 2;
        line++;
        chars.push(' ');
        lines.push(line);
        continue;
      }
      if (next !== undefined) {
        chars.push(next);
        lines.push(line);
        i++;
      }
      continue;
    }
    if (c === '\n') line++;
    chars.push(c);
    lines.push(line);
  }
  // Stage 2 (MSVC C runtime argv rules): `"` toggles quoting; 2n backslashes + `"` → n backslashes + toggle;
  // 2n+1 backslashes + `"` → n backslashes + a literal quote.
  const words: ShellWord[] = [];
  let cur: string[] | null = null;
  let curLine = 1;
  let quoted = false;
  let quoteLine = 1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (!quoted && /\s/.test(c)) {
      if (cur) words.push({ value: cur.join(''), op: false, line: curLine });
      cur = null;
      continue;
    }
    if (!cur) {
      cur = [];
      curLine = lines[i] ?? 1;
    }
    if (c === '\\') {
      let j = i;
      while (chars[j] === '\\') j++;
      const count = j - i;
      if (chars[j] === '"') {
        cur.push('\\'.repeat(count >> 1));
        if (count % 2 === 1) cur.push('"');
        else {
          quoted = !quoted;
          quoteLine = lines[j] ?? 1;
        }
        i = j;
      } else {
        cur.push('\\'.repeat(count));
        i = j - 1;
      }
    } else if (c === '"') {
      quoted = !quoted;
      quoteLine = lines[i] ?? 1;
    } else cur.push(c);
  }
  if (quoted) return { ok: false, error: text('requestUnterminatedQuote', quoteLine, '"'), line: quoteLine };
  if (cur) words.push({ value: (cur as string[]).join(''), op: false, line: curLine });
  return { ok: true, words };
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
