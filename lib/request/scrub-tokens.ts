// No imports: the popup's first chunk uses this to keep drafts token-free without loading the parser.

/** What a removed token is replaced with: a placeholder the request parser recognises as "no token here". */
export const DRAFT_TOKEN_PLACEHOLDER = '{access_token}';

const PATTERNS: RegExp[] = [
  // access_token=… in a query string, a form body or a -d argument (up to a separator or quote).
  /(access_token=)[^&\s"'\\]+/gi,
  // "access_token": "…" / 'access_token': '…' in JSON or SDK params.
  /(["']access_token["']\s*:\s*["'])[^"']+/gi,
  // Authorization: Bearer …  /  OAuth …
  /((?:Bearer|OAuth)\s+)[A-Za-z0-9._~+/=-]{8,}/g,
  // A Meta access token's shape anywhere else.
  /()\bEAA[A-Za-z0-9]{20,}/g,
];

/**
 * Remove access tokens from text the user typed or pasted (a cURL, JSON, a HAR line…) before it is kept anywhere:
 * the given tokens wherever they appear, and anything shaped like one. Placeholders stay placeholders.
 */
export function scrubTokens(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const t of known) if (t.trim().length >= 8) out = out.split(t.trim()).join(DRAFT_TOKEN_PLACEHOLDER);
  for (const re of PATTERNS) {
    out = out.replace(re, (m: string, prefix: string) => (m.slice(prefix.length) === DRAFT_TOKEN_PLACEHOLDER ? m : prefix + DRAFT_TOKEN_PLACEHOLDER));
  }
  return out;
}
