// Shared by the simulated Graph (testkit/graph-sim) and the scenario export (lib/scenario/export).
// Graph batch dependencies as the simulated Graph applies them (https://developers.facebook.com/docs/graph-api/batch-requests,
// "Specifying dependencies between operations"): an item named `"name"` can be referenced by later items as
// `{result=NAME:$.json.path}` in `relative_url` or `body`; a `*` step yields every match, joined with commas (Meta's
// example: `?ids={result=get-friends:$.data.*.id}`). A named item's answer is omitted on success unless
// `omit_response_on_success` is false; an item whose reference cannot be resolved answers null.

import { isRecord } from '../model/record';

const REFERENCE = /\{result=([^:}]+):\$((?:\.[^.}]+)*)\}/g;

/** Every value at a JSONPath of the simple form Graph documents (`$.a.b`, `$.data.*.id`). */
export function jsonPathValues(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const step of path.split('.').filter(Boolean)) {
    const next: unknown[] = [];
    for (const v of current) {
      if (step === '*') {
        if (Array.isArray(v)) next.push(...v);
        else if (isRecord(v)) next.push(...Object.values(v));
      } else if (isRecord(v) && Object.prototype.hasOwnProperty.call(v, step)) {
        next.push((v as Record<string, unknown>)[step]);
      }
    }
    current = next;
  }
  return current.filter((v) => v !== undefined && v !== null);
}

/**
 * Replace the references in one text by the named answers; null when one cannot be resolved (the name did not
 * answer successfully, or the path matched nothing) — Graph then answers null for the item.
 */
export function resolveReferences(textWithRefs: string, named: ReadonlyMap<string, unknown>): string | null {
  let failed = false;
  const out = textWithRefs.replace(REFERENCE, (_m, name: string, path: string) => {
    if (!named.has(name)) {
      failed = true;
      return '';
    }
    const values = jsonPathValues(named.get(name), path).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
    if (!values.length) failed = true;
    return values.map((v) => encodeURIComponent(v).replace(/%2C/gi, ',')).join(',');
  });
  return failed ? null : out;
}

export function hasReferences(s: string): boolean {
  REFERENCE.lastIndex = 0;
  const found = REFERENCE.test(s);
  REFERENCE.lastIndex = 0;
  return found;
}
