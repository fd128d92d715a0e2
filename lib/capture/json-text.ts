import { limitNesting } from '../model/nesting';
import { MAX_BODY } from '../page-contract/limits';

// Meta prefixes many www/adsmanager answers with an infinite loop so they cannot be read as a <script>:
// `for (;;);{"error":…}`. Graph hosts usually do not, but both are seen.
const ANTI_HIJACK = /^\s*for\s*\(\s*;\s*;\s*\)\s*;/;

/** True when the text starts like a JSON object or array (cheap check before parsing). */
export function looksLikeJson(text: string): boolean {
  const c = text.trimStart()[0];
  return c === '{' || c === '[';
}

/**
 * Parse JSON text from Meta, or return undefined. Strips the `for (;;);` prefix; GraphQL answers may stream several
 * JSON documents separated by newlines, in which case the first one is returned.
 */
export function parseMetaJson(text: string, cap = MAX_BODY): unknown {
  if (typeof text !== 'string' || text.length === 0 || text.length > cap) return undefined;
  const stripped = text.replace(ANTI_HIJACK, '');
  const first = tryParse(stripped);
  if (first !== undefined) return first;
  const nl = stripped.indexOf('\n');
  return nl > 0 ? tryParse(stripped.slice(0, nl)) : undefined;
}

/** A JSON object/array encoded as a string (`promoted_object={"page_id":…}`), or undefined when it is not one. */
export function decodeJsonString(text: string, cap = MAX_BODY): object | undefined {
  if (text.length < 2 || text.length > cap || !looksLikeJson(text)) return undefined;
  const v = tryParse(text);
  return typeof v === 'object' && v !== null ? v : undefined;
}

function tryParse(text: string): unknown {
  try {
    // A page can send JSON nested 100,000 deep: cut it before redaction, storage or the diff walk it.
    return limitNesting(JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
