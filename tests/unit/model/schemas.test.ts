import { describe, expect, it } from 'vitest';
import {
  encodeFields,
  AdsetFieldsSchema,
  DestinationTypeSchema,
  PromotedObjectSchema,
  TargetingSchema,
  WHATSAPP_DESTINATION_TYPES,
  firstTargetedCountry,
  fieldInfo,
} from '../../../lib/model';

describe('schemas keep unknown members', () => {
  it('PromotedObject', () => {
    const input = { page_id: '1', whats_app_business_phone_number_id: '5', smart_pse_enabled: true, brand_new_field: { x: 1 } };
    expect(PromotedObjectSchema.parse(input)).toEqual(input);
  });
  it('Targeting', () => {
    const input = { geo_locations: { countries: ['KZ'], custom: 1 }, age_min: 18, flexible_spec: [{ interests: [] }] };
    expect(TargetingSchema.parse(input)).toEqual(input);
  });
  it('AdsetFields accepts form-encoded members and keeps unknown ones', () => {
    const input = { promoted_object: '{"page_id":"1"}', daily_budget: '1000', destination_type: 'WHATSAPP', x_new: 1 };
    expect(AdsetFieldsSchema.parse(input)).toEqual(input);
  });
});

describe('enums are loose', () => {
  it.each([
    ['WHATSAPP', true],
    ['MESSAGING_INSTAGRAM_DIRECT_MESSENGER_WHATSAPP', true],
    ['SOME_FUTURE_DESTINATION', true],
  ])('%s parses: %s', (v, ok) => {
    expect(DestinationTypeSchema.safeParse(v).success).toBe(ok);
  });
  it('the four WhatsApp destination types', () => {
    expect([...WHATSAPP_DESTINATION_TYPES].sort()).toEqual([
      'MESSAGING_INSTAGRAM_DIRECT_MESSENGER_WHATSAPP',
      'MESSAGING_INSTAGRAM_DIRECT_WHATSAPP',
      'MESSAGING_MESSENGER_WHATSAPP',
      'WHATSAPP',
    ]);
  });
});

describe('firstTargetedCountry', () => {
  it.each([
    [{ geo_locations: { countries: ['kz', 'RU'] } }, 'KZ'],
    [{ geo_locations: { countries: [] } }, null],
    [{ geo_locations: {} }, null],
    ['not an object', null],
    [undefined, null],
    [{ geo_locations: { countries: ['Kazakhstan'] } }, null],
  ])('%j → %s', (t, expected) => {
    expect(firstTargetedCountry(t)).toBe(expected);
  });
});

describe('fieldInfo', () => {
  it.each([
    ['destination_type', 'enum'],
    ['promoted_object.whats_app_business_phone_number_id', 'id'],
    ['promoted_object.whatsapp_phone_number', 'phone'],
    ['targeting.geo_locations.countries', undefined],
    ['unknown_field', undefined],
  ])('%s → %s', (path, type) => {
    expect(fieldInfo(path)?.type).toBe(type);
  });
});

describe('encodeFields', () => {
  it('keeps every field as an own form parameter, even one named __proto__', () => {
    const fields = JSON.parse('{"__proto__":"","promoted_object":{"page_id":"1"},"daily_budget":1000}') as Record<string, unknown>;
    expect(Object.entries(encodeFields(fields))).toEqual([
      ['__proto__', ''],
      ['promoted_object', '{"page_id":"1"}'],
      ['daily_budget', '1000'],
    ]);
  });
});
