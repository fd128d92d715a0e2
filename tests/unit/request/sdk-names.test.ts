import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sdkEnumValue, sdkFieldName, javaSetterField } from '../../../lib/request/code/sdk-constants';
import { buildSdkNames, sdkNamesText } from '../../../scripts/sdk-names/build';

const require = createRequire(import.meta.url);

describe('the SDK constant table', () => {
  it('is what scripts/sdk-names.ts writes from the installed facebook-nodejs-business-sdk (run npm run sdk-names)', () => {
    const sdk = require('facebook-nodejs-business-sdk') as Parameters<typeof buildSdkNames>[0];
    const { version } = require('facebook-nodejs-business-sdk/package.json') as { version: string };
    const committed = readFileSync(join(__dirname, '../../../lib/request/code/sdk-names.json'), 'utf8');
    expect(committed).toBe(sdkNamesText(buildSdkNames(sdk, version)));
  });

  it.each([
    [['AdSet', 'Field', 'promoted_object'], 'promoted_object'],
    [['AdSet', 'Fields', 'name'], 'name'],
    [['AdSetFields', 'OPTIMIZATION_GOAL'], 'optimization_goal'],
    [['AdPromotedObject', 'Field', 'whats_app_business_phone_number_id'], 'whats_app_business_phone_number_id'],
    [['AdSet', 'Field', 'no_such_field'], null],
    [['config', 'name'], null],
  ])('field constant %j → %j', (path, field) => {
    expect(sdkFieldName(path)).toBe(field);
  });

  it.each([
    [['AdSet', 'OptimizationGoal', 'conversations'], 'CONVERSATIONS'],
    [['AdSet', 'BillingEvent', 'impressions'], 'IMPRESSIONS'],
    [['AdSetOptimizationGoalValues', 'CONVERSATIONS'], 'CONVERSATIONS'],
    [['AdSetDestinationTypeValues', 'WHATSAPP'], 'WHATSAPP'],
    [['AdSet', 'EnumOptimizationGoal', 'VALUE_CONVERSATIONS'], 'CONVERSATIONS'],
    [['AdSet', 'EnumStatus', 'VALUE_PAUSED'], 'PAUSED'],
    [['AdSet', 'OptimizationGoal', 'no_such_goal'], null],
    [['settings', 'goal'], null],
  ])('enum constant %j → %j', (path, value) => {
    expect(sdkEnumValue(path)).toBe(value);
  });

  it.each([
    ['AdSet', 'setName', 'name'],
    ['AdSet', 'setPromotedObject', 'promoted_object'],
    ['AdPromotedObject', 'setWhatsAppBusinessPhoneNumberId', 'whats_app_business_phone_number_id'],
    ['AdSet', 'setNoSuchThing', null],
  ])('%s.%s → %j', (cls, setter, field) => {
    expect(javaSetterField(cls, setter)).toBe(field);
  });
});
