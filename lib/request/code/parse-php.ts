import type { ParseResult } from '../parse-result';
import { codeRequest } from './code-request';
import { readPhp } from './php';

/** Loaded on demand (see ./index.ts): the grammar stays out of the popup's first chunk. */
export function parsePhp(src: string): ParseResult {
  return codeRequest(src, 'php', readPhp);
}
