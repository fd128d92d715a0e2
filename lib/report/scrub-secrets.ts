import { isSecretName, redactText } from '../capture';
import { REDACTED } from '../model';

/**
 * Explicit secrets shorter than this are ignored: no Meta token is that short, and scrubbing a 3-character string
 * would shred ids and JSON all over the report.
 */
export const MIN_SECRET_LENGTH = 8;

const MAX_DEPTH = 200;
const MAX_PASSES = 8;

/**
 * A name that should never carry a value in an export: `access_token`, `fb_dtsg`, `jazoest`, `lsd`, `cookie`,
 * `authorization`, `appsecret_proof`, `input_token`, … also written `accessToken`, `Access-Token` or `X-FB-LSD`.
 * Names such as `token` or `tokenFound` are not secrets (Facts.token is debug_token's answer, not the token).
 */
export function isSecretLikeName(name: string): boolean {
  if (isSecretName(name)) return true;
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  return isSecretName(snake) || isSecretName(snake.replace(/_/g, '-'));
}

/** The ways a secret may sit inside a string: as is, URL-encoded (`%2B`, `+` for space), JSON-escaped. */
function needlesOf(secrets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH) continue;
    out.add(s);
    try {
      const enc = encodeURIComponent(s);
      out.add(enc);
      out.add(enc.replace(/%20/g, '+'));
      out.add(encodeURIComponent(enc));
    } catch {
      // A lone surrogate cannot be URL-encoded, so it cannot appear encoded either.
    }
    const json = JSON.stringify(s).slice(1, -1);
    out.add(json);
    out.add(JSON.stringify(json).slice(1, -1));
  }
  return [...out].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
}

// Meta user/page/system tokens all start with EAA (the same shape lib/capture's redactText removes).
const EAA_TOKEN = /EAA[A-Za-z0-9]{20,}/g;

export interface ScrubberOptions {
  /**
   * `all` (default): also lib/capture's rules for `name=value` pairs, JSON pairs and header lines of secret names.
   * `tokens`: only explicit secrets and EAA… shapes — for finished exports that show `access_token=$ACCESS_TOKEN`
   * or `"access_token": "{access_token}"` on purpose.
   */
  shapes?: 'all' | 'tokens';
}

/** A string scrubber for a fixed set of secrets (build once, apply to many strings). */
export function secretScrubber(secrets: readonly string[] = [], opts: ScrubberOptions = {}): (s: string) => string {
  const shapes = opts.shapes === 'tokens' ? (s: string) => s.replace(EAA_TOKEN, REDACTED) : redactText;
  const needles = needlesOf(secrets);
  const explicit = (s: string): string => {
    // Repeat: replacing one occurrence can, in contrived cases, join "[redacted]" with its neighbours into a new one.
    let out = s;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const hit = needles.find((n) => out.includes(n));
      if (hit === undefined) return out;
      for (const n of needles) if (out.includes(n)) out = out.split(n).join(REDACTED);
    }
    return needles.some((n) => out.includes(n)) ? REDACTED : out;
  };
  return (s: string) => {
    if (typeof s !== 'string' || s.length === 0) return s;
    // Explicit secrets first (they may not look like a token), then the shape-based pass: `name=value` pairs of
    // secret names, JSON pairs, Authorization/Cookie header lines and EAA… tokens (lib/capture's redactText).
    return explicit(shapes(explicit(s)));
  };
}

/**
 * The final pass over everything an export holds: values of secret-named members become `[redacted]`, every
 * string (and object key) loses EAA… tokens, `access_token=…`-style pairs and each of `secrets`. Returns a deep
 * copy; never mutates its input. Idempotent.
 */
export function scrubSecrets<T>(value: T, secrets: readonly string[] = []): T {
  const scrub = secretScrubber(secrets);
  return scrubValue(value, scrub, 0) as T;
}

function scrubValue(value: unknown, scrub: (s: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return REDACTED;
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
