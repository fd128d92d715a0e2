// The storage.session keys, without WXT's `session:` area prefix. Import-free: the popup's opening script
// (entrypoints/popup-opening.ts) reads them before anything else loads, without @wxt-dev/storage.

/** The items kept per tab, as `<name>:<tabId>`. */
export const PER_TAB = { captures: 'captures', adsManager: 'adsmanager', run: 'run', draft: 'draft' } as const;
export type PerTabName = (typeof PER_TAB)[keyof typeof PER_TAB];

export const perTabKey = <N extends PerTabName>(name: N, tabId: number) => `${name}:${tabId}` as const;

/** The remembered token (only when the user asks) and the explanation pinned as "working". */
export const TOKEN_KEY = 'token';
export const BASELINE_KEY = 'baseline';
