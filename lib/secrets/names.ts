import { SECRET_FIELDS } from '../model';

/**
 * Secret names (compared lower-case): the model's SECRET_FIELDS plus what else carries credentials in Ads Manager
 * and Graph traffic: `set-cookie` in batch answer headers, `x-fb-lsd` (the lsd token as a header), `client_secret`.
 */
export const SECRET_NAMES: ReadonlySet<string> = new Set([
  ...[...SECRET_FIELDS].map((s) => s.toLowerCase()),
  'set-cookie',
  'x-fb-lsd',
  'client_secret',
]);

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

/**
 * A name that should never carry a value anywhere we keep or show it: `access_token`, `fb_dtsg`, `jazoest`, `lsd`,
 * `cookie`, `authorization`, `appsecret_proof`, `input_token`, … also written `accessToken`, `Access-Token` or
 * `X-FB-LSD`. Names such as `token` or `tokenFound` are not secrets (Facts.token is debug_token's answer).
 */
export function isSecretLikeName(name: string): boolean {
  if (isSecretName(name)) return true;
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  return isSecretName(snake) || isSecretName(snake.replace(/_/g, '-'));
}
