import type { AdsetRequest } from '../model/adset-request';
import type { Change } from '../model/facts';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object value that may still be a JSON string (form bodies carry objects as JSON strings). */
function asObject(v: unknown): Record<string, unknown> | null {
  if (isRecord(v)) return { ...v };
  if (typeof v === 'string' && v.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(v);
      return isRecord(parsed) ? { ...parsed } : null;
    } catch {
      return null;
    }
  }
  return null;
}

function applyAt(obj: Record<string, unknown>, keys: string[], change: Change): Record<string, unknown> {
  const [head, ...rest] = keys;
  if (head === undefined) return obj;
  const out = { ...obj };
  if (rest.length === 0) {
    if (change.op === 'remove') delete out[head];
    else out[head] = change.value;
    return out;
  }
  const child = asObject(out[head]);
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
