/** `v20.0` from `v20.0`, `v20`, `20`, `20.0`; null when it is not a Graph API version. */
export function normalizeApiVersion(raw: string | null | undefined): string | null {
  const m = /^\s*v?(\d{1,3})(?:\.(\d{1,2}))?\s*$/i.exec(raw ?? '');
  return m ? `v${m[1]}.${m[2] ?? '0'}` : null;
}

/** The version prefix of a Graph path (`/v22.0/act_1/adsets` → `v22.0`), or null. */
export function versionOfPath(path: string): string | null {
  const m = /^\/?(v\d+\.\d+)(?:\/|$)/.exec(path);
  return m ? m[1]! : null;
}
