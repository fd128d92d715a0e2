import table from './sdk-names.json' with { type: 'json' };

// Generated from facebook-nodejs-business-sdk by scripts/sdk-names.ts (tests/unit/request/sdk-names.test.ts keeps it
// current). Every SDK spells the same codegen names its own way; these helpers undo the spelling, then look up.

interface ClassNames {
  fields: Record<string, string>;
  enums: Record<string, Record<string, string>>;
}
const CLASSES = table.classes as Record<string, ClassNames>;

/** Which SDK's spelling a constant is written in. */
export type SdkSpelling = 'python' | 'node' | 'php' | 'java' | 'ruby';

function fieldOf(cls: string, member: string): string | null {
  const fields = CLASSES[cls]?.fields;
  if (!fields) return null;
  return fields[member] ?? fields[member.toLowerCase()] ?? null;
}

/**
 * A field-name constant used as a key: `AdSet.Field.name` (Python), `AdSet.Fields.name` (Node),
 * `AdSetFields::NAME` (PHP, as `['AdSetFields', 'NAME']`). Null when the path is not such a constant.
 */
export function sdkFieldName(path: readonly string[]): string | null {
  if (path.length === 3 && (path[1] === 'Field' || path[1] === 'Fields')) return fieldOf(path[0] as string, path[2] as string);
  if (path.length === 2 && (path[0] as string).endsWith('Fields')) return fieldOf((path[0] as string).slice(0, -'Fields'.length), path[1] as string);
  return null;
}

/** `setWhatsAppBusinessPhoneNumberId` → `whats_app_business_phone_number_id` when that is a field of `cls` (Java builders). */
export function javaSetterField(cls: string, setter: string): string | null {
  if (!/^set[A-Z]/.test(setter)) return null;
  const snake = setter.slice(3).replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
  return fieldOf(cls, snake);
}

function enumValue(cls: string, enumName: string, member: string): string | null {
  const values = CLASSES[cls]?.enums[enumName];
  if (!values) return null;
  const direct = values[member] ?? values[member.toLowerCase()];
  if (direct !== undefined) return direct;
  const upper = member.toUpperCase();
  return Object.values(values).find((v) => v.toUpperCase() === upper) ?? null;
}

/**
 * An enum constant used as a value, to its wire value: `AdSet.OptimizationGoal.conversations` (Python, Node),
 * `AdSetOptimizationGoalValues::CONVERSATIONS` (PHP), `AdSet.EnumOptimizationGoal.VALUE_CONVERSATIONS` (Java).
 * Null when the path names no known constant (then it is a variable, not a value).
 */
export function sdkEnumValue(path: readonly string[]): string | null {
  if (path.length === 3) {
    const [cls, en, member] = path as [string, string, string];
    if (en.startsWith('Enum') && member.startsWith('VALUE_')) return enumValue(cls, en.slice(4), member.slice(6));
    return enumValue(cls, en, member);
  }
  if (path.length === 2 && (path[0] as string).endsWith('Values')) {
    const name = (path[0] as string).slice(0, -'Values'.length);
    for (const cls of Object.keys(CLASSES)) {
      if (!name.startsWith(cls)) continue;
      const v = enumValue(cls, name.slice(cls.length), path[1] as string);
      if (v !== null) return v;
    }
  }
  return null;
}
