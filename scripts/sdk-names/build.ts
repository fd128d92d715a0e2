// The SDK constant table: which SDK names stand for which wire values, read from facebook-nodejs-business-sdk (a dev
// dependency). The Python, PHP, Java and Ruby SDKs are generated from the same codegen specs
// (facebook/facebook-business-sdk-codegen), so they use these very names in their own spelling:
// `AdSet.Field.name` / `AdSetFields::NAME` / `setName`, `AdSet.OptimizationGoal.conversations` /
// `AdSetOptimizationGoalValues::CONVERSATIONS` / `AdSet.EnumOptimizationGoal.VALUE_CONVERSATIONS`.

/** The classes whose names appear in ad set code: the ad set itself and the objects its parameters hold. */
export const SDK_CLASSES = ['AdSet', 'AdPromotedObject', 'Targeting'] as const;

export interface SdkClassNames {
  /** SDK member name → wire field name (they are equal today; kept as a map so a rename would show). */
  fields: Record<string, string>;
  /** Enum name (`OptimizationGoal`) → member name (`conversations`) → wire value (`CONVERSATIONS`). */
  enums: Record<string, Record<string, string>>;
}

export interface SdkNames {
  sdk: string;
  classes: Record<string, SdkClassNames>;
}

type SdkModule = Record<string, Record<string, unknown> | undefined>;

function sortedStrings(obj: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(obj).sort()) if (typeof obj[k] === 'string') out[k] = obj[k] as string;
  return out;
}

/** The table for the given SDK module (`require('facebook-nodejs-business-sdk')`) and its version. */
export function buildSdkNames(sdk: SdkModule, version: string): SdkNames {
  const classes: Record<string, SdkClassNames> = {};
  for (const name of SDK_CLASSES) {
    const cls = sdk[name];
    if (!cls) throw new Error(`facebook-nodejs-business-sdk has no ${name}`);
    const enums: Record<string, Record<string, string>> = {};
    // Enums are the class's static getters returning plain string maps (`static get OptimizationGoal()`).
    for (const key of Object.getOwnPropertyNames(cls).sort()) {
      if (key === 'Fields' || key === 'prototype') continue;
      let v: unknown;
      try {
        v = cls[key];
      } catch {
        continue;
      }
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')) {
        enums[key] = sortedStrings(v as Record<string, unknown>);
      }
    }
    classes[name] = { fields: sortedStrings(cls.Fields as Record<string, unknown>), enums };
  }
  return { sdk: `facebook-nodejs-business-sdk@${version}`, classes };
}

export function sdkNamesText(names: SdkNames): string {
  return JSON.stringify(names, null, 1) + '\n';
}
