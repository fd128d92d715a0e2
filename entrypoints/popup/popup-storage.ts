import { storage } from '#imports';
import type { Capture } from '../../lib/model';
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
