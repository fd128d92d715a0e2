import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ADSET_FIELDS,
  BILLING_EVENTS,
  DESTINATION_TYPES,
  OBJECTIVES,
  OPTIMIZATION_GOALS,
  PAGE_FIELDS,
  PROMOTED_OBJECT_FIELDS,
} from '../../../lib/model';

// facebook-nodejs-business-sdk is a dev dependency only: the real external reference for field names. Its objects
// expose `static get Fields()` (src/objects/ad-set.js etc.); the CJS bundle is its package entry.
const require = createRequire(import.meta.url);
interface SdkClass {
  Fields: Record<string, string>;
  [enumName: string]: Record<string, string>;
}
const sdk = require('facebook-nodejs-business-sdk') as Record<string, SdkClass>;

function sdkClass(name: string): SdkClass {
  const cls = sdk[name];
  if (!cls) throw new Error(`facebook-nodejs-business-sdk has no ${name}`);
  return cls;
}

describe('the model knows every field the SDK knows', () => {
  it.each([
    ['AdSet', ADSET_FIELDS],
    ['AdPromotedObject', PROMOTED_OBJECT_FIELDS],
    ['Page', PAGE_FIELDS],
  ] as const)('%s', (name, known) => {
    const fields = Object.values(sdkClass(name).Fields);
    expect(fields.length).toBeGreaterThan(10);
    const missing = fields.filter((f) => !(f in known));
    expect(missing).toEqual([]);
  });

  it.each([
    ['AdPromotedObject', 'whats_app_business_phone_number_id'],
    ['AdPromotedObject', 'whatsapp_phone_number'],
    ['AdPromotedObject', 'page_id'],
    ['Page', 'has_whatsapp_business_number'],
    ['Page', 'has_whatsapp_number'],
    ['Page', 'whatsapp_number'],
    ['AdSet', 'destination_type'],
    ['AdSet', 'promoted_object'],
  ])('%s.%s is in the SDK (the reference itself is what we think it is)', (name, field) => {
    expect(Object.values(sdkClass(name).Fields)).toContain(field);
  });
});

describe('the model knows every enum value the SDK knows', () => {
  it.each([
    ['AdSet', 'DestinationType', DESTINATION_TYPES],
    ['AdSet', 'OptimizationGoal', OPTIMIZATION_GOALS],
    ['AdSet', 'BillingEvent', BILLING_EVENTS],
    ['Campaign', 'Objective', OBJECTIVES],
  ] as const)('%s.%s', (cls, enumName, ours) => {
    const values = Object.values(sdkClass(cls)[enumName] ?? {});
    expect(values.length).toBeGreaterThan(3);
    expect(values.filter((v) => !(ours as readonly string[]).includes(v))).toEqual([]);
  });
});

describe('important fields carry a meaning (a message key)', () => {
  it.each([
    [PROMOTED_OBJECT_FIELDS, 'whats_app_business_phone_number_id', 'id'],
    [PROMOTED_OBJECT_FIELDS, 'whatsapp_phone_number', 'phone'],
    [PROMOTED_OBJECT_FIELDS, 'page_id', 'id'],
    [PAGE_FIELDS, 'has_whatsapp_business_number', 'boolean'],
    [PAGE_FIELDS, 'whatsapp_number', 'phone'],
    [ADSET_FIELDS, 'destination_type', 'enum'],
    [ADSET_FIELDS, 'promoted_object', 'object'],
    [ADSET_FIELDS, 'targeting', 'object'],
  ] as const)('%#: %s', (table, field, type) => {
    expect(table[field]?.type).toBe(type);
    expect(table[field]?.meaning).toMatch(/^diffField/);
  });
});
