import { findAdsetObjects } from './adset-shape';
import { splitParams, transportValue } from './field-split';
import { parseMetaJson } from './json-text';
import { setOwn } from '../model/record';
import type { FoundAdset, RequestContext } from './request-context';
import { accountDigits } from './url-parts';
import { findFirstAtKeys } from './walk';

const ACCOUNT_KEYS: readonly string[] = ['ad_account_id', 'adAccountID', 'adAccountId', 'account_id', 'accountID'];

/**
 * Ads Manager's Relay mutations: `POST /api/graphql/` with a form body whose `variables` (a JSON string) holds the
 * ad set somewhere (`input.adset_spec`, `input.data.ad_set`, …) — found by shape, not by path, because Meta
 * renames these freely. `doc_id`, `fb_api_req_friendly_name` and the session params are transport.
 * Null when the request is not GraphQL.
 */
export function decodeGraphql(ctx: RequestContext): FoundAdset[] | null {
  const isGraphql =
    /\/api\/graphql\/?$/i.test(ctx.path) ||
    (Object.hasOwn(ctx.params, 'variables') &&
      (Object.hasOwn(ctx.params, 'doc_id') || Object.hasOwn(ctx.params, 'fb_api_req_friendly_name')));
  if (!isGraphql) return null;
  const raw = ctx.params.variables;
  const variables = typeof raw === 'string' ? parseMetaJson(raw) : raw;
  if (variables === undefined || variables === null) return [];

  const outer: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.params)) if (k !== 'variables') setOwn(outer, k, transportValue(k, v));
  const account = accountIn(variables);

  return findAdsetObjects(variables, 'variables').map(({ location, value }) => {
    const { fields, transport } = splitParams(value);
    return {
      encoding: 'graphql',
      location,
      method: 'POST',
      apiVersion: null,
      adAccountId: accountDigits(value.account_id) ?? account,
      fields,
      transport: { ...outer, ...transport },
      draft: null,
      batchIndex: null,
    };
  });
}

function accountIn(variables: unknown): string | null {
  return findFirstAtKeys(variables, ACCOUNT_KEYS, accountDigits);
}
