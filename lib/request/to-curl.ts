import { encodeFields, LEVEL_EDGE, levelOf, type AdsetRequest } from '../model';
import { encodeFormComponent } from '../model/form-encoding';
import { GRAPH_HOST } from './equivalent-api-request';

/** What stands for the token unless a real one is passed explicitly: the shell expands it from the environment. */
export const TOKEN_PLACEHOLDER = '$ACCESS_TOKEN';

/**
 * A request as a runnable cURL command (POSIX shell). Every word that carries a value — the method, the URL, each
 * field as its own `-d` / `--data-urlencode` argument — is single-quoted, so quotes, `$`, `;`, backslashes, newlines
 * and unicode reach curl as data and never as shell syntax (a pasted method once ran a second command); the token is
 * `"$ACCESS_TOKEN"` unless `opts.token` is given. Reading the output with `parseApiRequest` gives the same request.
 */
export function toCurl(req: AdsetRequest, opts: { token?: string } = {}): string {
  const host = req.host ?? GRAPH_HOST;
  const version = req.apiVersion ? `/${req.apiVersion}` : '';
  const account = req.adAccountId ? `act_${req.adAccountId.replace(/^act_/, '')}` : 'act_{ad_account_id}';
  const method = (req.method || 'POST').toUpperCase();
  const lines = [`curl -X ${shellQuote(method)} ${shellQuote(`https://${host}${version}/${account}/${LEVEL_EDGE[levelOf(req)]}`)}`];
  lines.push(
    opts.token !== undefined
      ? `--data-urlencode ${shellQuote(`access_token=${opts.token}`)}`
      : `-d "access_token=${TOKEN_PLACEHOLDER}"`,
  );
  for (const [name, value] of Object.entries(encodeFields(req.fields))) lines.push(dataArg(name, value));
  return lines.join(' \\\n  ');
}

function dataArg(name: string, value: string): string {
  const plainName = /^[A-Za-z0-9_.\-[\]]+$/.test(name);
  // NUL cannot travel in a shell argument: such values go percent-encoded.
  if (plainName && !value.includes('\0')) {
    if (/^[A-Za-z0-9_.~-]*$/.test(value)) return `-d ${shellQuote(`${name}=${value}`)}`;
    return `--data-urlencode ${shellQuote(`${name}=${value}`)}`;
  }
  return `-d ${shellQuote(`${encodeFormComponent(name)}=${encodeFormComponent(value)}`)}`;
}

/**
 * POSIX single-quote quoting, always: nothing inside single quotes is special, a quote itself is written `'\''`.
 * Quoting even plain words keeps one rule for every word, so no pattern of "safe" characters can be wrong.
 */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
