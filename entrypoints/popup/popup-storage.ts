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
  // Nothing pasted: no token to scrub, so neither the parser nor the scrubber is loaded (a selection change).
  if (!kept.apiText.trim()) return tabDraft.set(tabId, { ...draft, apiText: kept.apiText, droppedChars: kept.droppedChars }).catch(() => undefined);
  const read = parsed && kept.apiText === draft.apiText ? parsed : await import('../../lib/request').then((m) => m.readApiRequest(kept.apiText)).catch(() => undefined);
  const { scrubTokens } = await import('../../lib/request/scrub-tokens');
  return tabDraft.set(tabId, { ...draft, apiText: scrubTokens(kept.apiText, [token], read), droppedChars: kept.droppedChars }).catch(() => undefined);
}
