import { text } from '../../i18n/text';
import { buildRequest } from '../build-request';
import type { ParseResult } from '../parse-result';
import { positionOf } from '../text-position';
import type { Program } from './code-ast';
import { recognise, type CodeLanguage } from './recognise';

/** Proper names, the same in every UI language. */
const LANGUAGE_NAMES: Record<CodeLanguage, string> = { python: 'Python', javascript: 'JavaScript', php: 'PHP', java: 'Java', ruby: 'Ruby' };

/**
 * Read pasted code as an ad set request: parse (error-tolerant), find the shape, evaluate what can be evaluated.
 * A syntax error does not refuse the paste: the request is read from what the parser recovered, and a warning
 * says where the error is and how much was read.
 */
export function codeRequest(src: string, lang: CodeLanguage, read: (src: string) => Program): ParseResult {
  // A bare `{…}` is a block to a JS parser and a set/dict display to Python's: read it as a value.
  const bare = /^\s*\{/.test(src) && (lang === 'javascript' || lang === 'python');
  const prog = read(bare ? `(${src})` : src);
  const found = recognise(prog, lang, bare);
  const firstError = prog.errors[0];
  const where = firstError !== undefined ? positionOf(prog.src, firstError) : null;
  if (!found) {
    if (where) return { ok: false, error: text('requestCodeSyntax', where.line, where.column), line: where.line };
    return { ok: false, error: text('requestCodeNoRequest', LANGUAGE_NAMES[lang]) };
  }
  const r = buildRequest({ ...found.raw, src: prog.src }, found.format);
  if (r.ok && where) {
    r.warnings.unshift(text('requestWarnCodeSyntax', where.line, where.column, Object.keys(r.request.fields).length, r.unresolved.length));
  }
  if (!r.ok && where) return { ok: false, error: text('requestCodeSyntax', where.line, where.column), line: where.line };
  return r;
}
