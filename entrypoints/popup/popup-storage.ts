import type { ParseResult } from '../../lib/request';
import { draftText } from '../../lib/request/input-bounds';
import { tabDraft, type Draft } from '../../utils/storage-items';

/**
 * Keep what the user typed so the popup reopens to the same state. The pasted request may carry a token (the
 * current one, or one the user has since forgotten): every token the parser reads in it is replaced by a placeholder
 * first. `parsed` is the popup's own parse of this text (with the grammar of pasted code loaded), so it is not parsed
 * again here; without it (nothing to parse yet) the text is read here. The scrubber needs the parser, which the
 * first paint does without, hence the imports here.
 */
export async function saveDraft(tabId: number, draft: Draft, token: string, parsed?: ParseResult): Promise<void> {
  // Bounded first: a 50 MB paste is neither scrubbed on every keystroke nor stored.
  const kept = draftText(draft.apiText);
  const apiText = await withoutTokens(kept.apiText, token, kept.apiText === draft.apiText ? parsed : undefined);
  return tabDraft.set(tabId, { ...draft, apiText, droppedChars: kept.droppedChars }).catch(() => undefined);
}

/** The text with every token in it replaced. Nothing pasted (a selection change): neither parser nor scrubber loads. */
async function withoutTokens(text: string, token: string, parsed: ParseResult | undefined): Promise<string> {
  if (!text.trim()) return text;
  const read = parsed ?? (await import('../../lib/request').then((m) => m.readApiRequest(text)).catch(() => undefined));
  const { scrubTokens } = await import('../../lib/request/scrub-tokens');
  return scrubTokens(text, [token], read);
}
