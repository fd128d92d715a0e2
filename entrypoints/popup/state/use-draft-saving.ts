import { useEffect, useRef } from 'react';
import type { ParseResult } from '../../../lib/request';
import { MAX_DRAFT_CHARS } from '../../../lib/request/input-bounds';
import type { Draft } from '../../../utils/storage-items';
import { saveDraft } from '../popup-storage';

/**
 * Keep what the user typed (without the token) so a closed popup reopens to the same state. A text to keep is
 * saved once its parse is there (`settled`, after typing pauses), and scrubbed with that parse: the text is parsed
 * once per change, not once more for the draft. What is already stored (`stored`: the draft the popup opened with,
 * then each one saved) is not written again, so reopening the popup writes nothing and loads no parser; a pasted
 * text is still saved again whenever the token changes (or is not known to have been scrubbed with this one).
 */
export function useDraftSaving(tabId: number | null, draft: Draft, token: string, settled: ParseResult | null, stored: Draft | null): void {
  const { apiText, selectedId, usingEquivalent, droppedChars } = draft;
  const needsParse = apiText.trim() !== '' && apiText.length <= MAX_DRAFT_CHARS;
  const ready = !needsParse || settled !== null;
  // The token the stored text was scrubbed with: unknown for the draft the popup opened with.
  const last = useRef<{ draft: Draft | null; token: string | null }>({ draft: stored, token: null });
  useEffect(() => {
    if (tabId === null || !ready) return;
    const next = { apiText, selectedId, usingEquivalent, droppedChars };
    const scrubbed = !apiText.trim() || last.current.token === token;
    if (scrubbed && sameDraft(last.current.draft, next)) return;
    last.current = { draft: next, token };
    void saveDraft(tabId, next, token, settled ?? undefined);
  }, [tabId, ready, apiText, selectedId, usingEquivalent, token, droppedChars, settled]);
}

function sameDraft(a: Draft | null, b: Draft): boolean {
  return a !== null && a.apiText === b.apiText && a.selectedId === b.selectedId && a.usingEquivalent === b.usingEquivalent && (a.droppedChars ?? null) === (b.droppedChars ?? null);
}
