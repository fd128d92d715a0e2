import { findAdsetObjects, isAdsetLike } from './adset-shape';
import { levelOfWritePath } from './chain-levels';
import { splitParams } from './field-split';
import type { FoundAdset, RequestContext } from './request-context';
import { accountDigits, isMetaHost } from './url-parts';

/**
 * The Marketing API's own shape: `POST /vNN.0/act_ID/adsets` (or `campaigns`, `ads`, `adcreatives`) with the fields in a form body (or a JSON body, or the
 * query string with `method=post`). When the top level is not an ad set, the body is searched by shape
 * (`{"adset": {…}}`, an array of ad sets), bounded.
 */
export function decodePlain(ctx: RequestContext): FoundAdset[] {
  const encoding = ctx.bodyKind === 'json' ? 'json' : 'form';
  const { fields, transport } = splitParams(ctx.params);
  const postToAdsets = ctx.method === 'POST' && /\/adsets\/?$/.test(ctx.path) && Object.keys(fields).length > 0;
  const adAccountId = ctx.adAccountId ?? accountDigits(ctx.params.account_id) ?? accountDigits(ctx.params.ad_account_id);
  // `act_X/campaigns`, `act_X/ads`, `act_X/adcreatives`: the path says the level, whatever the body looks like.
  const level = ctx.method === 'POST' && isMetaHost(ctx.host) && Object.keys(fields).length > 0 ? levelOfWritePath(ctx.path) : null;
  if (level) return [{ level, encoding, location: 'body', method: ctx.method, apiVersion: ctx.apiVersion, adAccountId, fields, transport, draft: null, batchIndex: null }];
  if (isAdsetLike(fields) || postToAdsets) {
    return [{ encoding, location: 'body', method: ctx.method, apiVersion: ctx.apiVersion, adAccountId, fields, transport, draft: null, batchIndex: null }];
  }
  const root = ctx.bodyKind === 'json' && Array.isArray(ctx.bodyJson) ? ctx.bodyJson : fields;
  return findAdsetObjects(root, 'body').map(({ location, value }) => {
    const inner = splitParams(value);
    return {
      encoding,
      location,
      method: ctx.method,
      apiVersion: ctx.apiVersion,
      adAccountId: adAccountId ?? accountDigits(value.account_id),
      fields: inner.fields,
      transport: { ...transport, ...inner.transport },
      draft: null,
      batchIndex: null,
    };
  });
}
