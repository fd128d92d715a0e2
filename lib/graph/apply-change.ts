import type { AdsetRequest } from '../model/adset-request';
import type { Change } from '../model/facts';
import { recordOf } from '../model/record';

function applyAt(obj: Record<string, unknown>, keys: string[], change: Change): Record<string, unknown> {
  const [head, ...rest] = keys;
  if (head === undefined) return obj;
  const out = { ...obj };
  if (rest.length === 0) {
    if (change.op === 'remove') delete out[head];
    else out[head] = change.value;
    return out;
  }
  const child = recordOf(out[head]);
  if (child === null) {
    if (change.op === 'remove') return out;
    out[head] = applyAt({}, rest, change);
  } else {
    out[head] = applyAt(child, rest, change);
  }
  return out;
}

/** The ad set fields with one change applied at a dotted path (`promoted_object.whats_app_business_phone_number_id`). */
export function applyChange(fields: Record<string, unknown>, change: Change): Record<string, unknown> {
  return applyAt(fields, change.path.split('.'), change);
}

/** The request with every change applied in order (the original is not modified). */
export function applyChanges(req: AdsetRequest, changes: readonly Change[]): AdsetRequest {
  return { ...req, fields: changes.reduce((f, c) => applyChange(f, c), req.fields) };
}
