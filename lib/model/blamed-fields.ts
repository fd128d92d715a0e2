import type { GraphError } from './graph-error';

/**
 * The request fields Graph blames for an error, as dotted paths (`optimization_goal`, `promoted_object.page_id`).
 * `error_data` arrives as JSON text (2490408's public bodies) or as an object; it carries `blame_field_specs`
 * (a list of paths, each a list of keys) and sometimes a plain `blame_field` (facebook-php-business-sdk issue #237:
 * "`blame_field` comes in addition to `blame_field_specs`, for when a simple field name suffices").
 */
export function blamedFields(error: GraphError | null | undefined): string[] {
  let data: unknown = error?.error_data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return [];
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const out: string[] = [];
  const specs = record['blame_field_specs'];
  if (Array.isArray(specs)) {
    for (const spec of specs) {
      const keys = Array.isArray(spec) ? spec : [spec];
      const path = keys.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number').join('.');
      if (path) out.push(path);
    }
  }
  if (typeof record['blame_field'] === 'string' && record['blame_field']) out.push(record['blame_field']);
  return [...new Set(out)];
}
