import type { ParseResult } from '../parse-result';
import { codeRequest } from './code-request';
import { readPython } from './python';

/** Loaded on demand (see ./index.ts): the grammar stays out of the popup's first chunk. */
export function parsePython(src: string): ParseResult {
  return codeRequest(src, 'python', readPython);
}
