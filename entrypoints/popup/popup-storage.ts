import { storage } from '#imports';
import type { Capture } from '../../lib/model';
import { draftText } from '../../lib/request/input-bounds';
import type { RunState } from '../../lib/run-state';

// The token is kept only when the user asks, and only in storage.session: memory-backed, gone with the browser
// session, unreadable by content scripts.
const TOKEN_KEY = 'session:token' as const;

export const loadToken = () => storage.getItem<string>(TOKEN_KEY).catch(() => null);
export const saveToken = (token: string) => storage.setItem(TOKEN_KEY, token);
export const forgetToken = () => storage.removeItem(TOKEN_KEY);

/** Follow a tab's captures and run as the background updates them. Returns the unsubscribe function. */
export function watchTab(tabId: number, on: { captures: (c: Capture[]) => void; run: (r: RunState | null) => void }): () => void {
  const a = storage.watch<Capture[]>(`session:captures:${tabId}`, (v) => on.captures(v ?? []));
  const b = storage.watch<RunState>(`session:run:${tabId}`, (v) => on.run(v));
  return () => {
    a();
    b();
  };
}

/** What the user typed, so the popup reopens to the same state. Never holds the token (see `saveDraft`). */
export interface Draft {
  apiText: string;
  selectedId: string | null;
  usingEquivalent: boolean;
  /** Length of a pasted request too long to keep (lib/request/input-bounds.ts); the popup says to paste it again. */
  droppedChars?: number | null;
}

const draftKey = (tabId: number) => `session:draft:${tabId}` as const;

export const loadDraft = (tabId: number) => storage.getItem<Draft>(draftKey(tabId)).catch(() => null);

/**
 * The pasted request may carry a token (the current one, or one the user has since forgotten): every token the
 * parser reads in it is replaced by a placeholder before the draft is kept. The scrubber needs the parser, which the
 * first paint does without, hence the import here.
 */
export async function saveDraft(tabId: number, draft: Draft, token: string): Promise<void> {
  // Bounded first: a 50 MB paste is neither scrubbed on every keystroke nor stored.
  const kept = draftText(draft.apiText);
  // One parse, with the grammar of pasted code loaded first, so the scrubber finds the token where the code has it.
  const { readApiRequest } = await import('../../lib/request');
  const parsed = await readApiRequest(kept.apiText).catch(() => undefined);
  const { scrubTokens } = await import('../../lib/request/scrub-tokens');
  return storage.setItem(draftKey(tabId), { ...draft, apiText: scrubTokens(kept.apiText, [token], parsed), droppedChars: kept.droppedChars }).catch(() => undefined);
}
