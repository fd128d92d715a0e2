import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { emptyProgram, other, type Entry, type Expr, type Program } from './code-ast';
import { errorOffsets, kids, numberValue, parts, unquote } from './lezer-tree';

/** Python (facebook_business SDK, requests) → the shared program shape, via the error-tolerant Lezer grammar. */
export function readPython(src: string): Program {
  const tree = parser.parse(src);
  const prog = emptyProgram(src);
  prog.errors = errorOffsets(tree);
  const t = (n: SyntaxNode) => src.slice(n.from, n.to);

  const expr = (n: SyntaxNode | null | undefined): Expr => {
    if (!n) return other(0, 0);
    const span = { from: n.from, to: n.to };
    switch (n.name) {
      case 'String':
        return { t: 'lit', v: unquote(t(n)), ...span };
      case 'Number': {
        return { t: 'lit', v: numberValue(t(n)), ...span };
      }
      case 'Boolean':
        return { t: 'lit', v: t(n) === 'True', ...span };
      case 'None':
        return { t: 'lit', v: null, ...span };
      case 'ParenthesizedExpression':
        return expr(parts(n)[0]);
      case 'UnaryExpression': {
        const inner = expr(parts(n)[1] ?? parts(n)[0]);
        if (inner.t === 'lit' && typeof inner.v === 'number' && t(n).trim().startsWith('-')) return { t: 'lit', v: -inner.v, ...span };
        return other(n.from, n.to);
      }
      case 'VariableName':
        return { t: 'ref', path: [t(n)], ...span };
      case 'MemberExpression': {
        if (kids(n).some((k) => k.name === '[')) return other(n.from, n.to);
        const [obj, prop] = [n.firstChild, n.lastChild];
        const base = expr(obj);
        if (base.t === 'ref' && prop?.name === 'PropertyName') return { t: 'ref', path: [...base.path, t(prop)], ...span };
        if (prop?.name === 'PropertyName') return { t: 'ref', path: ['(' + src.slice(base.from, base.to) + ')', t(prop)], ...span };
        return other(n.from, n.to);
      }
      case 'DictionaryExpression': {
        const entries: Entry[] = [];
        const ks = kids(n);
        for (let i = 0; i < ks.length; i++) {
          const k = ks[i] as SyntaxNode;
          if (k.name === '**') {
            entries.push({ spread: expr(ks[i + 1]) });
            i++;
          } else if (ks[i + 1]?.name === ':') {
            entries.push({ key: expr(k), value: expr(ks[i + 2]) });
            i += 2;
          }
        }
        return { t: 'obj', entries, ...span };
      }
      case 'ArrayExpression':
      case 'TupleExpression':
      case 'SetExpression':
        return { t: 'arr', items: parts(n).map(expr), ...span };
      case 'FormatString': {
        // f'…{x}…': literal pieces between the replacements.
        const partsOut: Expr[] = [];
        const raw = t(n);
        const prefix = /^[rRbBuUfF]{1,2}/.exec(raw)?.[0].length ?? 0;
        const quote = raw.slice(prefix).startsWith('"""') || raw.slice(prefix).startsWith("'''") ? 3 : 1;
        let pos = n.from + prefix + quote;
        for (const r of kids(n).filter((c) => c.name === 'FormatReplacement')) {
          partsOut.push({ t: 'lit', v: src.slice(pos, r.from).replace(/\{\{/g, '{').replace(/\}\}/g, '}'), from: pos, to: r.from });
          partsOut.push(expr(parts(r)[0]));
          pos = r.to;
        }
        partsOut.push({ t: 'lit', v: src.slice(pos, Math.max(pos, n.to - quote)), from: pos, to: n.to });
        return { t: 'concat', parts: partsOut, ...span };
      }
      case 'ConcatenatedStrings':
        return { t: 'concat', parts: parts(n).map(expr), ...span };
      case 'BinaryExpression': {
        const ks = kids(n);
        if (ks.length === 3 && t(ks[1] as SyntaxNode) === '+') return { t: 'concat', parts: [expr(ks[0]), expr(ks[2])], ...span };
        return other(n.from, n.to);
      }
      case 'CallExpression': {
        const callee = n.firstChild as SyntaxNode;
        const args: Expr[] = [];
        const kwargs: Record<string, Expr> = {};
        const ks = kids(n.lastChild as SyntaxNode);
        for (let i = 0; i < ks.length; i++) {
          const k = ks[i] as SyntaxNode;
          if (k.name === 'VariableName' && ks[i + 1]?.name === 'AssignOp') {
            kwargs[t(k)] = expr(ks[i + 2]);
            i += 2;
          } else if (!/^[(),]$/.test(k.name) && k.name !== 'Comment') args.push(expr(k));
        }
        const c = callee.name === 'MemberExpression' ? expr(callee.firstChild) : null;
        const name = callee.name === 'MemberExpression' ? t(callee.lastChild as SyntaxNode) : t(callee);
        const call: Expr = { t: 'call', receiver: c, name, args, kwargs, ...span };
        prog.calls.push(call);
        return call;
      }
      default:
        return other(n.from, n.to);
    }
  };

  // Calls are collected in source order: visit statements top-down, evaluating every expression statement.
  const visit = (n: SyntaxNode) => {
    for (const s of kids(n)) {
      if (s.name === 'AssignStatement') {
        const ks = kids(s);
        const eq = ks.findIndex((k) => k.name === 'AssignOp');
        const value = expr(ks[eq + 1]);
        for (const target of ks.slice(0, eq)) {
          if (target.name === 'VariableName' || (target.name === 'MemberExpression' && !kids(target).some((k) => k.name === '['))) {
            const e = expr(target);
            if (e.t === 'ref') prog.assigns.push([e.path.join('.'), value]);
          } else if (target.name === 'MemberExpression') {
            // params['name'] = value
            const obj = expr(target.firstChild);
            const key = parts(target)[1];
            if (obj.t === 'ref' && key) prog.members.push({ target: obj.path.join('.'), key: expr(key), value });
          }
        }
      } else if (s.name === 'ExpressionStatement') {
        const e = expr(s.firstChild);
        if (e.t === 'obj') prog.bare.push(e);
      }
      else if (/Expression$/.test(s.name)) expr(s);
      else if (/Statement$|Body$|Block$|Definition$|Clause$/.test(s.name)) visit(s);
    }
  };
  visit(tree.topNode);
  return prog;
}
