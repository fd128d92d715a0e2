import type { ParseResult } from '../parse-result';
import { codeRequest } from './code-request';
import { readJava } from './java';

/** Loaded on demand (see ./index.ts): the grammar stays out of the popup's first chunk. */
export function parseJava(src: string): ParseResult {
  return codeRequest(src, 'java', readJava);
}
