import type { ExplainRequest } from '../../lib/protocol';
import type { ParseResult } from '../../lib/request';

/** A paste longer than this is not kept for a scenario export (the run names the parsed request as cURL instead). */
const MAX_RECORDED_PASTE = 200_000;

/**
 * The request as pasted, for the run's record (a scenario export replays it): the token removed where the parser
 * found it and in every encoding (lib/request/scrub-tokens.ts, the draft's scrubber), with the values the user typed.
 */
export async function pastedForRecord(
  apiText: string,
  token: string,
  parsed: ParseResult,
  typedValues: Record<string, string>,
): Promise<ExplainRequest['pasted'] | undefined> {
  if (!apiText.trim() || apiText.length > MAX_RECORDED_PASTE) return undefined;
  const { scrubTokens } = await import('../../lib/request/scrub-tokens');
  return { api: { text: scrubTokens(apiText, [token], parsed) }, typedValues: { ...typedValues } };
}
