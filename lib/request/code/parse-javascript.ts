import type { ParseResult } from '../parse-result';
import { codeRequest } from './code-request';
import { readJavaScript } from './javascript';

/** Loaded on demand (see ./index.ts): the grammar stays out of the popup's first chunk. */
export function parseJavaScript(src: string): ParseResult {
  return codeRequest(src, 'javascript', readJavaScript);
}
