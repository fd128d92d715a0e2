import { secretScrubber } from '../secrets';
import { parseApiRequest } from './parse-api-request';
import { replaceSpans } from './secret-spans';

/** What a removed token is replaced with: a placeholder the request parser recognises as "no token here". */
export const DRAFT_TOKEN_PLACEHOLDER = '{access_token}';

/**
 * Remove secrets from text the user typed or pasted (a cURL, JSON, a HAR line…) before it is kept anywhere. What the
 * parser read as a token or secret field is removed where it sits in the text (`secretSpans`), however it was
 * written — a second set of patterns guessing at token forms missed some (`Bearer id|secret`, an Explorer
 * `access_token: X` line, JSON escapes). Text that does not parse, and the `known` tokens in any encoding, go
 * through lib/secrets' scrubber. Placeholders stay placeholders.
 */
export function scrubTokens(text: string, known: readonly string[] = []): string {
  const parsed = parseApiRequest(text);
  const spans = parsed.ok ? (parsed.secretSpans ?? []) : [];
  const out = replaceSpans(text, spans, DRAFT_TOKEN_PLACEHOLDER);
  return secretScrubber(known, { replacement: DRAFT_TOKEN_PLACEHOLDER })(out);
}
