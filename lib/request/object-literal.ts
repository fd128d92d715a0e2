import { text, type Text } from '../i18n/text';
import { MAX_NESTING, nestsDeeperThan } from '../model/nesting';
import { positionOf } from './text-position';

export type LiteralResult =
  | { ok: true; value: unknown; /** True when the input was plain JSON (no JS/Python leniency used). */ strict: boolean }
  | { ok: false; error: Text; line: number };

/** The one nesting limit (lib/model/nesting): what the parser accepts, every later walk can handle. */
const MAX_DEPTH = MAX_NESTING;
/** An integer literal of 16+ digits (may exceed 2^53) — possibly inside a string, which only costs the slow path. */
const LONG_INTEGER = /[-:[,\s]\d{16,}/;

/**
 * Read JSON, or the object literals developers paste from code: JS/JSON5-ish (`'single quotes'`, unquoted keys,
 * trailing commas, comments) and Python (`True`/`False`/`None`, `#` comments), including SDK constants such as
 * `AdSet.Field.promoted_object` / `[AdSet.Fields.name]` (keys → their last segment) and
 * `AdSet.BillingEvent.impressions` (values → `IMPRESSIONS`, the SDK's own mapping).
 *
 * Unlike JSON.parse, integers beyond 2^53 stay exact strings: Graph ids (`120234472620180097`) written as JSON
 * numbers would otherwise be silently rounded and then compare as "different" ids.
 *
 * Hand-written instead of a JSON5 dependency: small, linear time, never throws, and errors carry the line.
 */
export function parseObjectLiteral(src: string): LiteralResult {
  // Fast path for big inputs: native JSON.parse is exact unless an integer literal is too long for a double.
  if (src.length > 4096 && !LONG_INTEGER.test(src)) {
    try {
      const value: unknown = JSON.parse(src);
      // Too deep: the reader below refuses it at the level where it goes too deep, with line and column.
      if (!nestsDeeperThan(value, MAX_DEPTH)) return { ok: true, value, strict: true };
    } catch {
      /* not strict JSON: the lenient reader below says where and why */
    }
  }
  const p = new LiteralParser(src);
  try {
    p.skip();
    const value = p.value(0);
    p.skip();
    if (p.src.charCodeAt(p.i) === 59 /* ; */) {
      p.strict = false;
      p.i++;
      p.skip();
    }
    if (p.i < src.length) return p.fail('requestSyntaxTrailing', p.i);
    return { ok: true, value, strict: p.strict };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: e.error, line: e.line };
    return { ok: false, error: text('requestSyntaxUnexpectedEnd', 1), line: 1 };
  }
}

class SyntaxFailure {
  constructor(
    readonly error: Text,
    readonly line: number,
  ) {}
}

const IDENT_START = /[A-Za-z_$]/;
const IDENT_PATH = /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/y;
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

class LiteralParser {
  i = 0;
  strict = true;
  /** Cached position of the next backslash at or after `i` (-1: none): keeps string scanning linear. */
  private nextBackslash = -2;
  constructor(readonly src: string) {}

  fail(key: string, at: number, ...extra: string[]): never {
    const { line, column } = positionOf(this.src, at);
    const subs: (string | number)[] = [line];
    if (key !== 'requestSyntaxUnexpectedEnd') subs.push(column);
    throw new SyntaxFailure(text(key, ...subs, ...extra), line);
  }

  unexpected(): never {
    if (this.i >= this.src.length) this.fail('requestSyntaxUnexpectedEnd', this.i);
    const ch = String.fromCodePoint(this.src.codePointAt(this.i) ?? 0);
    return this.fail('requestSyntaxUnexpectedChar', this.i, ch);
  }

  /** Whitespace and comments (`//`, `/* *\/`, `#`). */
  skip(): void {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff || c === 0xa0) {
        this.i++;
      } else if (c === 47 /* / */ && s.charCodeAt(this.i + 1) === 47) {
        this.strict = false;
        const nl = s.indexOf('\n', this.i);
        this.i = nl < 0 ? s.length : nl;
      } else if (c === 47 && s.charCodeAt(this.i + 1) === 42 /* * */) {
        this.strict = false;
        const end = s.indexOf('*/', this.i + 2);
        if (end < 0) this.fail('requestSyntaxUnterminatedComment', this.i);
        this.i = end + 2;
      } else if (c === 35 /* # */) {
        this.strict = false;
        const nl = s.indexOf('\n', this.i);
        this.i = nl < 0 ? s.length : nl;
      } else {
        return;
      }
    }
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail('requestSyntaxTooDeep', this.i, String(MAX_DEPTH));
    const c = this.src[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'") return this.string();
    if (c !== undefined && /[-+.\d]/.test(c)) return this.number();
    if (c !== undefined && IDENT_START.test(c)) return this.identifierValue();
    return this.unexpected();
  }

  object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.skip();
    if (this.src[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      const key = this.key();
      this.skip();
      if (this.src[this.i] !== ':') this.unexpected();
      this.i++;
      this.skip();
      const v = this.value(depth + 1);
      // `__proto__` as a plain own key, never as the prototype (input is untrusted).
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.skip();
      const sep = this.src[this.i];
      if (sep === '}') {
        this.i++;
        return out;
      }
      if (sep !== ',') this.unexpected();
      this.i++;
      this.skip();
      if (this.src[this.i] === '}') {
        this.strict = false; // trailing comma
        this.i++;
        return out;
      }
    }
  }

  array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.skip();
    if (this.src[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.skip();
      const sep = this.src[this.i];
      if (sep === ']') {
        this.i++;
        return out;
      }
      if (sep !== ',') this.unexpected();
      this.i++;
      this.skip();
      if (this.src[this.i] === ']') {
        this.strict = false;
        this.i++;
        return out;
      }
    }
  }

  key(): string {
    const c = this.src[this.i];
    if (c === '"' || c === "'") return this.string();
    if (c === '[') {
      // JS computed key from the SDK: `[AdSet.Fields.name]` or `['name']`.
      this.strict = false;
      this.i++;
      this.skip();
      const inner = this.src[this.i] === '"' || this.src[this.i] === "'" ? this.string() : this.identPath();
      this.skip();
      if (this.src[this.i] !== ']') this.unexpected();
      this.i++;
      return lastSegment(inner);
    }
    if (c !== undefined && /[\d]/.test(c)) {
      this.strict = false;
      return String(this.number());
    }
    if (c !== undefined && IDENT_START.test(c)) {
      this.strict = false;
      return lastSegment(this.identPath());
    }
    return this.unexpected();
  }

  identPath(): string {
    IDENT_PATH.lastIndex = this.i;
    const m = IDENT_PATH.exec(this.src);
    if (!m) return this.unexpected();
    this.i += m[0].length;
    return m[0];
  }

  identifierValue(): unknown {
    const start = this.i;
    const word = this.identPath();
    switch (word) {
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
    }
    this.strict = false;
    switch (word) {
      case 'True':
        return true;
      case 'False':
        return false;
      case 'None':
      case 'undefined':
        return null;
    }
    // An SDK enum constant (`AdSet.OptimizationGoal.conversations`): the SDK maps the member name to its upper-case
    // value. A bare name is a variable whose value we cannot know: say so rather than guess.
    if (word.includes('.')) return lastSegment(word).toUpperCase();
    return this.fail('requestSyntaxVariable', start, word);
  }

  string(): string {
    const s = this.src;
    const quote = s[this.i];
    if (quote === "'") this.strict = false;
    const start = this.i;
    this.i++;
    let out = '';
    let chunk = this.i;
    for (;;) {
      const q = s.indexOf(quote as string, this.i);
      if (this.nextBackslash !== -1 && this.nextBackslash < this.i) this.nextBackslash = s.indexOf('\\', this.i);
      const b = this.nextBackslash;
      if (q < 0) this.fail('requestSyntaxUnterminatedString', start);
      if (b < 0 || q < b) {
        const body = s.slice(chunk, q);
        if (body.includes('\n')) this.fail('requestSyntaxUnterminatedString', start);
        out += body;
        this.i = q + 1;
        return out;
      }
      const seg = s.slice(chunk, b);
      if (seg.includes('\n')) this.fail('requestSyntaxUnterminatedString', start);
      out += seg;
      this.i = b + 1;
      out += this.escape();
      chunk = this.i;
    }
  }

  escape(): string {
    const s = this.src;
    const c = s[this.i];
    this.i++;
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = s.slice(this.i, this.i + 4);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail('requestSyntaxUnexpectedChar', this.i - 2, '\\u');
        this.i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
    }
    this.strict = false;
    switch (c) {
      case "'":
        return "'";
      case 'v':
        return '\v';
      case '0':
        return '\0';
      case 'x': {
        const hex = s.slice(this.i, this.i + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) this.fail('requestSyntaxUnexpectedChar', this.i - 2, '\\x');
        this.i += 2;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case '\n':
        return '';
      case undefined:
        return this.fail('requestSyntaxUnexpectedEnd', this.i);
      default:
        return c;
    }
  }

  number(): number | string {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.src);
    if (!m) return this.unexpected();
    const raw = m[0];
    if (raw.startsWith('+') || raw.startsWith('.') || raw.endsWith('.')) this.strict = false;
    this.i += raw.length;
    const n = Number(raw);
    // Graph ids beyond 2^53 keep every digit (see above).
    if (/^-?\d+$/.test(raw) && !Number.isSafeInteger(n)) return raw.replace(/^\+/, '');
    return n;
  }
}

function lastSegment(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? path : path.slice(dot + 1);
}
