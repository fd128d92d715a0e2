import { StringStream } from '@codemirror/language';
import { ruby } from '@codemirror/legacy-modes/mode/ruby';
import { emptyProgram, other, type Entry, type Expr, type Program } from './code-ast';
import { numberValue, unquote } from './lezer-tree';

// Ruby has no Lezer grammar; CodeMirror's Ruby mode is a maintained tokenizer that already knows Ruby's strings,
// symbols, interpolation and hash keys. The little grammar ad set code needs is read from its tokens below.

interface Tok {
  style: string;
  text: string;
  from: number;
  to: number;
  line: number;
}

const MAX_TOKENS = 200_000;
const MAX_NESTING = 200;

function tokenize(src: string): Tok[] {
  const state = ruby.startState!(2);
  const out: Tok[] = [];
  let offset = 0;
  let lineNo = 0;
  for (const line of src.split('\n')) {
    lineNo++;
    const s = new StringStream(line, 2, 2);
    let guard = 0;
    while (!s.eol() && out.length < MAX_TOKENS && guard++ < 10_000) {
      const style = ruby.token(s, state) ?? '';
      if (s.pos === s.start) s.pos++;
      const text = s.current();
      if (text.trim() && style !== 'comment') out.push({ style, text, from: offset + s.start, to: offset + s.pos, line: lineNo });
      s.start = s.pos;
    }
    offset += line.length + 1;
  }
  return out;
}

/** Ruby (facebookbusiness gem) → the shared program shape. */
export function readRuby(src: string): Program {
  const prog = emptyProgram(src);
  const toks = tokenize(src);
  let i = 0;
  const peek = (k = 0) => toks[i + k];
  const is = (text: string, k = 0) => toks[i + k]?.text === text;

  const string = (): Expr => {
    // "a#{x}b" arrives as `"a#{`, tokens of x, `}b"`.
    const first = toks[i++] as Tok;
    if (!first.text.endsWith('#{') || first.text.startsWith("'")) return { t: 'lit', v: unquote(first.text, { rawSingle: true }), from: first.from, to: first.to };
    const q = first.text[0] as string;
    const parts: Expr[] = [{ t: 'lit', v: unquote(first.text.slice(0, -2) + q), from: first.from, to: first.to }];
    let end = first.to;
    while (i < toks.length) {
      const t = peek() as Tok;
      if (t.style === 'string' && t.text.startsWith('}')) {
        i++;
        end = t.to;
        const more = t.text.endsWith('#{');
        parts.push({ t: 'lit', v: unquote(q + t.text.slice(1, more ? -2 : undefined)), from: t.from, to: t.to });
        if (!more) break;
      } else parts.push(expr(1));
    }
    return { t: 'concat', parts, from: first.from, to: end };
  };

  const list = (close: string, depth: number): { items: Expr[]; entries: Entry[]; kwargs: Record<string, Expr>; end: number } => {
    const items: Expr[] = [];
    const entries: Entry[] = [];
    const kwargs: Record<string, Expr> = {};
    while (i < toks.length && !is(close)) {
      const t = peek() as Tok;
      if (t.style === 'atom' && t.text.endsWith(':') && !t.text.startsWith(':')) {
        // `name: value`
        i++;
        const key: Expr = { t: 'lit', v: t.text.slice(0, -1), from: t.from, to: t.to };
        const value = expr(depth + 1);
        entries.push({ key, value });
        kwargs[String(key.t === 'lit' ? key.v : '')] = value;
      } else if (is('**')) {
        i++;
        entries.push({ spread: expr(depth + 1) });
      } else {
        const e = expr(depth + 1);
        if (is('=>')) {
          i++;
          entries.push({ key: e, value: expr(depth + 1) });
        } else items.push(e);
      }
      if (is(',')) i++;
      else if (!is(close)) break;
    }
    const end = peek()?.to ?? src.length;
    if (is(close)) i++;
    return { items, entries, kwargs, end };
  };

  const primary = (depth: number): Expr => {
    const t = peek();
    if (!t) return other(src.length, src.length);
    if (depth > MAX_NESTING) {
      i++;
      return other(t.from, t.to);
    }
    if (t.style === 'string' || t.style === 'string.special') return string();
    if (t.style === 'number') {
      i++;
      return { t: 'lit', v: numberValue(t.text), from: t.from, to: t.to };
    }
    if (t.text === '-' && peek(1)?.style === 'number') {
      i += 2;
      const n = numberValue((peek(-1) as Tok).text);
      return { t: 'lit', v: typeof n === 'number' ? -n : '-' + n, from: t.from, to: (peek(-1) as Tok).to };
    }
    if (t.text === 'true' || t.text === 'false' || t.text === 'nil') {
      i++;
      return { t: 'lit', v: t.text === 'nil' ? null : t.text === 'true', from: t.from, to: t.to };
    }
    if (t.style === 'atom' && t.text.startsWith(':') && !t.text.startsWith('::')) {
      i++;
      return { t: 'lit', v: t.text.slice(1).replace(/^["']|["']$/g, ''), from: t.from, to: t.to };
    }
    if (t.text === '{') {
      i++;
      const l = list('}', depth);
      return { t: 'obj', entries: l.entries, from: t.from, to: l.end };
    }
    if (t.text === '[') {
      i++;
      const l = list(']', depth);
      return { t: 'arr', items: l.items, from: t.from, to: l.end };
    }
    if (t.text === '(') {
      i++;
      const e = expr(depth + 1);
      if (is(')')) i++;
      return e;
    }
    if (/^[A-Za-z_@$][\w]*:?$/.test(t.text) && !['do', 'end', 'if', 'def', 'then', 'else', 'begin', 'rescue'].includes(t.text)) {
      i++;
      // FacebookAds::AdAccount arrives as `FacebookAds:` + `:AdAccount`.
      const path = [t.text.replace(/:$/, '')];
      let end = t.to;
      while (peek()?.style === 'atom' && peek()?.text.startsWith(':') && (peek() as Tok).from === end) {
        path.push((peek() as Tok).text.replace(/^:+/, ''));
        end = (peek() as Tok).to;
        i++;
      }
      while (is('::') && peek(1)) {
        path.push((peek(1) as Tok).text);
        end = (peek(1) as Tok).to;
        i += 2;
      }
      return { t: 'ref', path, from: t.from, to: end };
    }
    i++;
    return other(t.from, t.to);
  };

  const expr = (depth = 0): Expr => {
    let e = primary(depth);
    for (let guard = 0; guard < 1000 && i < toks.length; guard++) {
      if (is('.') && peek(1)) {
        const name = peek(1) as Tok;
        i += 2;
        if (is('(') && (peek() as Tok).from === name.to) {
          i++;
          const l = list(')', depth);
          const args = l.entries.length && !l.items.length ? [] : l.items;
          e = { t: 'call', receiver: e, name: name.text, args, kwargs: l.kwargs, from: e.from, to: l.end };
          if (l.entries.length && l.items.length) args.push({ t: 'obj', entries: l.entries, from: name.to, to: l.end });
          prog.calls.push(e);
        } else if (is('{') && peek()?.line === name.line && name.text !== 'each' && name.text !== 'map') {
          const arg = primary(depth + 1);
          e = { t: 'call', receiver: e, name: name.text, args: [arg], kwargs: {}, from: e.from, to: arg.to };
          prog.calls.push(e);
        } else if (peek()?.style === 'atom' && (peek() as Tok).text.endsWith(':') && peek()?.line === name.line) {
          // `adsets.create name: 'x', status: 'PAUSED'` (no parentheses).
          const l = list('\n', depth);
          e = { t: 'call', receiver: e, name: name.text, args: [], kwargs: l.kwargs, from: e.from, to: l.end };
          prog.calls.push(e);
        } else if (e.t === 'ref') e = { t: 'ref', path: [...e.path, name.text], from: e.from, to: name.to };
        else {
          e = { t: 'call', receiver: e, name: name.text, args: [], kwargs: {}, from: e.from, to: name.to };
          prog.calls.push(e);
        }
      } else if (is('[') && e.t === 'ref' && (peek() as Tok).from === e.to) {
        i++;
        const l = list(']', depth);
        e = other(e.from, l.end);
      } else if (is('+')) {
        i++;
        e = { t: 'concat', parts: [e, primary(depth + 1)], from: e.from, to: peek(-1)?.to ?? e.to };
      } else break;
    }
    return e;
  };

  while (i < toks.length) {
    const start = i;
    const t = peek() as Tok;
    const e = expr();
    if (is('=') && (e.t === 'ref' || e.t === 'other')) {
      i++;
      const value = expr();
      if (e.t === 'ref') prog.assigns.push([e.path.join('.'), value]);
      else {
        // params[:name] = value
        const m = /^([A-Za-z_]\w*)\[/.exec(src.slice(e.from, e.to));
        const keyTok = toks.find((k) => k.from > e.from + (m?.[0].length ?? 0) - 1 && k.to <= e.to);
        if (m && keyTok) {
          const key: Expr = keyTok.style === 'atom' ? { t: 'lit', v: keyTok.text.replace(/^:/, ''), from: keyTok.from, to: keyTok.to } : { t: 'lit', v: unquote(keyTok.text, { rawSingle: true }), from: keyTok.from, to: keyTok.to };
          prog.members.push({ target: m[1] as string, key, value });
        }
      }
    }
    if (i === start) i++;
    void t;
  }
  return prog;
}
