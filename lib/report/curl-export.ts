import type { AdsetRequest } from '../model';
import { toCurl } from '../request';
import type { Report } from './report-schema';
import { isSecretLikeName, scrubSecrets, secretScrubber } from '../secrets';

/**
 * The cURL a backend developer can run: the request equivalent to what Ads Manager sent when there is a capture
 * (that is the one to try), else the user's own API request. The token is `"$ACCESS_TOKEN"`, expanded by the shell
 * from the environment, so the command can be pasted into a ticket as is.
 */
export function toCurlExport(input: Report | AdsetRequest, opts: { secrets?: readonly string[] } = {}): string {
  const secrets = opts.secrets ?? [];
  const req = isReport(input) ? (input.uiEquivalent ?? input.api.request) : input;
  const clean = scrubSecrets(req, secrets);
  // A secret-named field would become a second `-d access_token=…` that overrides the placeholder: drop it.
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(clean.fields)) {
    if (!isSecretLikeName(k)) Object.defineProperty(fields, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  const curl = toCurl({ ...clean, fields, transport: {} });
  return secretScrubber(secrets, { shapes: 'tokens' })(curl);
}

function isReport(x: Report | AdsetRequest): x is Report {
  return typeof x === 'object' && x !== null && 'schemaVersion' in x;
}
