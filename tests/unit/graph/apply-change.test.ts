import { describe, expect, it } from 'vitest';
import { applyChange, applyChanges } from '../../../lib/graph';
import type { Change } from '../../../lib/model/facts';

const fields = { name: 'A', promoted_object: { page_id: '1', whatsapp_phone_number: '+77006353580' } };

describe('applyChange', () => {
  it.each<[string, Change, Record<string, unknown>]>([
    ['add a nested field', { path: 'promoted_object.whats_app_business_phone_number_id', op: 'add', value: '5' }, { name: 'A', promoted_object: { ...fields.promoted_object, whats_app_business_phone_number_id: '5' } }],
    ['remove a nested field', { path: 'promoted_object.whatsapp_phone_number', op: 'remove' }, { name: 'A', promoted_object: { page_id: '1' } }],
    ['replace a top-level field', { path: 'name', op: 'replace', value: 'B' }, { ...fields, name: 'B' }],
    ['add under a missing parent', { path: 'targeting.age_min', op: 'add', value: 18 }, { ...fields, targeting: { age_min: 18 } }],
    ['remove under a missing parent is a no-op', { path: 'targeting.age_min', op: 'remove' }, fields],
  ])('%s', (_n, change, out) => {
    expect(applyChange(fields, change)).toEqual(out);
  });

  it('reads a parent still encoded as a JSON string', () => {
    expect(applyChange({ promoted_object: '{"page_id":"1"}' }, { path: 'promoted_object.x', op: 'add', value: 1 })).toEqual({ promoted_object: { page_id: '1', x: 1 } });
  });

  it('never modifies the original request', () => {
    const req = { apiVersion: 'v20.0', adAccountId: '1', method: 'POST', host: null, fields: structuredClone(fields), transport: {} };
    const out = applyChanges(req, [{ path: 'promoted_object.page_id', op: 'remove' }]);
    expect(req.fields).toEqual(fields);
    expect(out.fields.promoted_object).toEqual({ whatsapp_phone_number: '+77006353580' });
  });
});
