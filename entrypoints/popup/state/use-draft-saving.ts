import { useEffect } from 'react';
import type { ParseResult } from '../../../lib/request';
import { MAX_DRAFT_CHARS } from '../../../lib/request/input-bounds';
import type { Draft } from '../../../utils/storage-items';
import { saveDraft } from '../popup-storage';

/**
 * Keep what the user typed (without the token) so a closed popup reopens to the same state. A text to keep is
 * saved once its parse is there (`settled`, after typing pauses), and scrubbed with that parse: the text is parsed
 * once per change, not once more for the draft.
 */
export function useDraftSaving(tabId: number | null, draft: Draft, token: string, settled: ParseResult | null): void {
  const { apiText, selectedId, usingEquivalent, droppedChars } = draft;
  const needsParse = apiText.trim() !== '' && apiText.length <= MAX_DRAFT_CHARS;
  const ready = !needsParse || settled !== null;
  useEffect(() => {
    if (tabId === null || !ready) return;
    void saveDraft(tabId, { apiText, selectedId, usingEquivalent, droppedChars }, token, settled ?? undefined);
  }, [tabId, ready, apiText, selectedId, usingEquivalent, token, droppedChars, settled]);
}
