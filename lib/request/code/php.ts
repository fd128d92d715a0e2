import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/php';
import { emptyProgram, other, type Entry, type Expr, type Program } from './code-ast';
import { errorOffsets, kids, numberValue, parts, unquote } from './lezer-tree';

const MAX_NESTING = 200;
const OPEN = '<?php ';

/** PHP (facebook-php-business-sdk, Guzzle) → the shared program shape, via the error-tolerant Lezer grammar. */
export function readPhp(input: string): Program {
  // Snippets rarely start with `<?php`; without it the grammar reads everything as HTML text.
  const shift = /^\s*<\?php/.test(input) ? 0 : OPEN.length;
  const src = shift ? OPEN + input : input;
  const tree = parser.parse(src);
  const prog = emptyProgram(input);
  prog.errors = errorOffsets(tree).map((o) => Math.max(0, o - shift));
  const t = (n: SyntaxNode) => src.slice(n.from, n.to);
  const sp = (n: SyntaxNode) => ({ from: Math.max(0, n.from - shift), to: Math.max(0, n.to - shift) });
  const lit = (v: string | number | boolean | null, n: SyntaxNode): Expr => ({ t: 'lit', v, ...sp(n) });

  const expr = (n: SyntaxNode | null | undefined, depth = 0): Expr => {
    if (!n) return other(0, 0);
    const span = sp(n);
    if (depth > MAX_NESTING) return other(span.from, span.to);
    switch (n.name) {
      case 'String': {
        const raw = t(n);
        const inner = kids(n).filter((k) => k.name === 'Interpolation' || k.name === 'VariableName');
        if (raw.startsWith("'") || inner.length === 0) return lit(unquote(raw, { rawSingle: true }), n);
        const out: Expr[] = [];
        let pos = n.from + 1;
        for (const i of inner) {
          out.push({ t: 'lit', v: unquote('"' + src.slice(pos, i.from) + '"'), from: pos - shift, to: i.from - shift });
          out.push(expr(i.name === 'Interpolation' ? parts(i)[0] : i, depth + 1));
          pos = i.to;
        }
        out.push({ t: 'lit', v: unquote('"' + src.slice(pos, Math.max(pos, n.to - 1)) + '"'), from: pos - shift, to: n.to - shift });
        return { t: 'concat', parts: out, ...span };
      }
      case 'Integer':
      case 'Float':
        return lit(numberValue(t(n)), n);
      case 'Boolean':
        return lit(t(n).toLowerCase() === 'true', n);
      case 'null':
        return lit(null, n);
      case 'VariableName':
        return { t: 'ref', path: [t(n)], ...span };
      case 'Name':
        return { t: 'ref', path: [t(n)], ...span };
      case 'ParenthesizedExpression':
        return expr(parts(n)[0], depth + 1);
      case 'UnaryExpression': {
        const inner = expr(n.lastChild, depth + 1);
        if (inner.t === 'lit' && typeof inner.v === 'number' && t(n).startsWith('-')) return { t: 'lit', v: -inner.v, ...span };
        return other(span.from, span.to);
      }
      case 'ScopedExpression':
        // AdSetFields::NAME, AdSetOptimizationGoalValues::CONVERSATIONS
        return { t: 'ref', path: [t(n.firstChild as SyntaxNode), t(n.lastChild as SyntaxNode)], ...span };
      case 'MemberExpression': {
        const base = expr(n.firstChild, depth + 1);
        return base.t === 'ref' ? { t: 'ref', path: [...base.path, t(n.lastChild as SyntaxNode)], ...span } : other(span.from, span.to);
      }
      case 'ArrayExpression': {
        const list = kids(n).find((k) => k.name === 'ValueList') ?? n;
        const items = parts(list);
        if (items.some((i) => i.name === 'Pair')) {
          const entries: Entry[] = [];
          for (const p of items) {
            if (p.name === 'Pair') entries.push({ key: expr(p.firstChild, depth + 1), value: expr(p.lastChild, depth + 1) });
            else if (p.name === 'SpreadArgument' || t(p).startsWith('...')) entries.push({ spread: expr(p.lastChild, depth + 1) });
          }
          return { t: 'obj', entries, ...span };
        }
        return { t: 'arr', items: items.map((i) => expr(i, depth + 1)), ...span };
      }
      case 'BinaryExpression': {
        const ks = kids(n);
        if (ks.length === 3 && ks[1]?.name === 'ConcatOp') return { t: 'concat', parts: [expr(ks[0], depth + 1), expr(ks[2], depth + 1)], ...span };
        return other(span.from, span.to);
      }
      case 'NewExpression': {
        const cls = parts(n).find((k) => k.name === 'Name' || k.name === 'QualifiedName');
        const list = kids(n).find((k) => k.name === 'ArgList');
        const call: Expr = { t: 'new', cls: cls ? t(cls).split('\\').at(-1) ?? '' : '', args: list ? parts(list).map((a) => expr(a, depth + 1)) : [], ...span };
        prog.calls.push(call);
        return call;
      }
      case 'CallExpression': {
        const callee = n.firstChild as SyntaxNode;
        const list = kids(n).find((k) => k.name === 'ArgList');
        const args = list ? parts(list).map((a) => expr(a, depth + 1)) : [];
        let receiver: Expr | null = null;
        let name = t(callee).split('\\').at(-1) ?? '';
        if (callee.name === 'MemberExpression' || callee.name === 'ScopedExpression') {
          receiver = expr(callee.firstChild, depth + 1);
          name = t(callee.lastChild as SyntaxNode);
        }
        const call: Expr = { t: 'call', receiver, name, args, kwargs: {}, ...span };
        prog.calls.push(call);
        return call;
      }
      case 'AssignmentExpression': {
        const target = n.firstChild;
        const value = expr(n.lastChild, depth + 1);
        if (target?.name === 'VariableName') prog.assigns.push([t(target), value]);
        else if (target?.name === 'SubscriptExpression') {
          const obj = expr(target.firstChild, depth + 1);
          const key = parts(target)[1];
          if (obj.t === 'ref' && key) prog.members.push({ target: obj.path.join('.'), key: expr(key, depth + 1), value });
        }
        return other(span.from, span.to);
      }
      default:
        return other(span.from, span.to);
    }
  };

  const visit = (n: SyntaxNode, depth: number) => {
    if (depth > MAX_NESTING) return;
    for (const s of kids(n)) {
      if (s.name === 'ExpressionStatement') expr(s.firstChild);
      else if (s.name === 'ConstDeclaration' || s.name === 'VariableDeclarator') continue;
      else if (/Expression$/.test(s.name)) expr(s);
      else visit(s, depth + 1);
    }
  };
  visit(tree.topNode, 0);
  return prog;
}
