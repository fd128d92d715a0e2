import { secretScrubber } from '../secrets';
import { parseApiRequest } from './parse-api-request';
import type { ParseResult } from './parse-result';
import { replaceSpans } from './secret-spans';

/** What a removed token is replaced with: a placeholder the request parser recognises as "no token here". */
export const DRAFT_TOKEN_PLACEHOLDER = '{access_token}';

/**
 * Remove secrets from text the user typed or pasted (a cURL, JSON, a HAR line…) before it is kept anywhere. What the
 * parser read as a token or secret field is removed where it sits in the text (`secretSpans`), however it was
 * written — a second set of patterns guessing at token forms missed some (`Bearer id|secret`, an Explorer
 * `access_token: X` line, JSON escapes). Text that does not parse, and the `known` tokens in any encoding, go
 * through lib/secrets' scrubber. Placeholders stay placeholders. `parsed`: the text's parse when the caller has it
 * (the popup reads code with a grammar loaded on demand, then scrubs with that one parse).
 */
export function scrubTokens(text: string, known: readonly string[] = [], parsed: ParseResult = parseApiRequest(text)): string {
  const spans = parsed.ok ? (parsed.secretSpans ?? []) : [];
  const out = replaceSpans(text, spans, DRAFT_TOKEN_PLACEHOLDER);
  return secretScrubber(known, { replacement: DRAFT_TOKEN_PLACEHOLDER })(out);
}
