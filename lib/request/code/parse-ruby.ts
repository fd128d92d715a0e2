import type { ParseResult } from '../parse-result';
import { codeRequest } from './code-request';
import { readRuby } from './ruby';

/** Loaded on demand (see ./index.ts): the grammar stays out of the popup's first chunk. */
export function parseRuby(src: string): ParseResult {
  return codeRequest(src, 'ruby', readRuby);
}
