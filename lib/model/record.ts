// The one owner of these JSON-value helpers in lib/, testkit/ and scripts/. The MAIN-world hook needs none of them
// (it bundles only the import-free lib/page-contract).

/** A plain object (not an array, not null): what JSON.parse gives for `{…}`. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A member that may still be JSON text (form bodies carry objects as JSON strings, `promoted_object={…}`) as an object; null otherwise. */
export function recordOf(v: unknown): Record<string, unknown> | null {
  if (typeof v === 'string' && v.trim().startsWith('{')) {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  return isRecord(v) ? v : null;
}

/**
 * Set an own property even for the key `__proto__` (Graph payloads and JSON.parse can carry it; a plain
 * assignment would change the prototype instead of storing the value).
 */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** A scalar as a string (ids arrive as numbers in JSON and as strings in forms); null for anything else. */
export function scalarString(v: unknown): string | null {
  if (typeof v === 'string') return v.length > 0 ? v : null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  return null;
}
