/**
 * Whether a token value is a real token or a placeholder from documentation or templates (`{token}`,
 * `<ACCESS_TOKEN>`, `$ACCESS_TOKEN`, `YOUR_ACCESS_TOKEN`, `{{token}}`). Real Graph tokens are long runs of
 * letters, digits and a few separators (`EAAB…`, app tokens `app_id|secret`).
 */
export function isPlaceholderToken(token: string): boolean {
  const t = token.trim();
  if (!/^[A-Za-z0-9|_\-.%~]+$/.test(t)) return true;
  if (t.length < 20) return true;
  return /^[A-Z0-9_]+$/.test(t) && /[A-Z]/.test(t) && t.includes('_');
}

/** The token of an `Authorization` header value (`Bearer X`, `OAuth X`), or null. */
export function tokenFromAuthorization(value: string): string | null {
  const m = /^\s*(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(value);
  return m ? (m[1] as string) : null;
}
