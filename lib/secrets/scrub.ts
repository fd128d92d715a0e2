import { DEPTH_LIMIT_MARK, MAX_NESTING, REDACTED } from '../model';
import { percentDecode } from '../model/form-encoding';
import { isSecretLikeName } from './names';
import { redactShapes, redactTokenShapes } from './patterns';

/**
 * Explicit secrets shorter than this are ignored: no Meta token is that short, and scrubbing a 3-character string
 * would shred ids and JSON all over the report.
 */
export const MIN_SECRET_LENGTH = 8;

/** Graph has been seen echoing a token %-encoded twice; a few more levels cost nothing. */
const MAX_ENCODINGS = 4;
const MAX_PASSES = 8;

/**
 * The ways a secret may sit inside a string: as is, %-encoded up to MAX_ENCODINGS times (`+` for space too),
 * JSON-escaped (also twice). An app token `app_id|app_secret` also yields its secret half alone: Graph errors quote
 * it on its own.
 */
function needlesOf(secrets: readonly string[]): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    if (s.length < MIN_SECRET_LENGTH) return;
    let enc = s;
    for (let k = 0; k <= MAX_ENCODINGS; k++) {
      out.add(enc);
      out.add(enc.replace(/%20/g, '+'));
      const json = JSON.stringify(enc).slice(1, -1);
      out.add(json);
      out.add(JSON.stringify(json).slice(1, -1));
      try {
        enc = encodeURIComponent(enc);
      } catch {
        return; // A lone surrogate cannot be URL-encoded, so it cannot appear encoded either.
      }
    }
  };
  for (const s of secrets) {
    if (typeof s !== 'string') continue;
    add(s);
    const bar = s.indexOf('|');
    if (bar > 0) add(s.slice(bar + 1));
  }
  return [...out].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

export interface ScrubberOptions {
  /**
   * `all` (default): also the rules for `name=value` pairs, JSON pairs and header lines of secret names.
   * `tokens`: only explicit secrets and token shapes — for finished exports that show `access_token=$ACCESS_TOKEN`
   * or `"access_token": "{access_token}"` on purpose.
   */
  shapes?: 'all' | 'tokens';
  /** What a secret is replaced with (default `[redacted]`; a pasted-request draft uses a placeholder its parser knows). */
  replacement?: string;
}

/**
 * A string scrubber for a fixed set of secrets (build once, apply to many strings): the secrets themselves in every
 * encoding, the shape-based rules, and — for text %-encoded again and again — the same on each decoded level: when a
 * secret only shows after decoding, the string is replaced by its decoded, scrubbed form.
 */
export function secretScrubber(secrets: readonly string[] = [], opts: ScrubberOptions = {}): (s: string) => string {
  const mark = opts.replacement ?? REDACTED;
  const shapes = (s: string) => (opts.shapes === 'tokens' ? redactTokenShapes(s, mark) : redactShapes(s, mark));
  const needles = needlesOf(secrets);
  const explicit = (s: string): string => {
    // Repeat: replacing one occurrence can, in contrived cases, join the mark with its neighbours into a new one.
    let out = s;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (!needles.some((n) => out.includes(n))) return out;
      for (const n of needles) if (out.includes(n)) out = out.split(n).join(mark);
    }
    return needles.some((n) => out.includes(n)) ? mark : out;
  };
  const once = (s: string) => explicit(shapes(explicit(s)));
  return (s: string) => {
    if (typeof s !== 'string' || s.length === 0) return s;
    const clean = once(s);
    let level = clean;
    for (let k = 0; k < MAX_ENCODINGS && level.includes('%'); k++) {
      const decoded = percentDecode(level);
      if (decoded === level) break;
      const scrubbed = once(decoded);
      if (scrubbed !== decoded) return scrubbed;
      level = decoded;
    }
    return clean;
  };
}


/**
 * The one deep walk every surface uses before anything is stored, shown or exported: values of secret-named members
 * (and of `{name: "Authorization", value}` header pairs) become `[redacted]`, every string and key goes through
 * `secretScrubber(secrets)`, subtrees deeper than MAX_NESTING are cut. Returns a deep copy; never mutates its input.
 * Idempotent.
 */
export function scrubSecrets<T>(value: T, secrets: readonly string[] = []): T {
  return scrubValue(value, secretScrubber(secrets), 0) as T;
}

/** A walk with a prepared scrubber (one scrubber for many values). */
export function scrubValueWith(value: unknown, scrub: (s: string) => string): unknown {
  return scrubValue(value, scrub, 0);
}

function scrubValue(value: unknown, scrub: (s: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_NESTING) return DEPTH_LIMIT_MARK;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub, depth + 1));
  // Graph batch answers list headers as [{name, value}]: the secret is the sibling of a secret `name`.
  const secretPair = typeof (value as { name?: unknown }).name === 'string' && isSecretLikeName((value as { name: string }).name);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = scrub(k);
    const secret = isSecretLikeName(k) || (secretPair && k === 'value');
    // defineProperty: a key named `__proto__` must stay data, not become the copy's prototype.
    Object.defineProperty(out, key, {
      value: secret ? (v === undefined ? v : REDACTED) : scrubValue(v, scrub, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Free text (a URL, a form or JSON body, a header dump, an error message) without secrets of any known shape. */
export const redactText: (text: string) => string = secretScrubber();
