import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/javascript';
import { emptyProgram, other, type Entry, type Expr, type Program } from './code-ast';
import { errorOffsets, kids, numberValue, parts, unquote } from './lezer-tree';

const MAX_NESTING = 200;

/** JavaScript/TypeScript (Node SDK, axios, fetch) → the shared program shape, via the error-tolerant Lezer grammar. */
export function readJavaScript(src: string): Program {
  const tree = parser.configure({ dialect: 'ts' }).parse(src);
  const prog = emptyProgram(src);
  prog.errors = errorOffsets(tree);
  const t = (n: SyntaxNode) => src.slice(n.from, n.to);

  const args = (list: SyntaxNode | null, depth: number): Expr[] =>
    list?.name === 'ArgList' ? parts(list).map((a) => expr(a, depth + 1)) : [];

  const expr = (n: SyntaxNode | null | undefined, depth = 0): Expr => {
    if (!n) return other(0, 0);
    if (depth > MAX_NESTING) return other(n.from, n.to);
    const span = { from: n.from, to: n.to };
    switch (n.name) {
      case 'String':
        return { t: 'lit', v: unquote(t(n)), ...span };
      case 'Number':
        return { t: 'lit', v: numberValue(t(n)), ...span };
      case 'BooleanLiteral':
        return { t: 'lit', v: t(n) === 'true', ...span };
      case 'null':
        return { t: 'lit', v: null, ...span };
      case 'VariableName':
        return t(n) === 'undefined' ? { t: 'lit', v: null, ...span } : { t: 'ref', path: [t(n)], ...span };
      case 'ParenthesizedExpression':
      case 'AwaitExpression':
      case 'TypeAssertion':
        return expr(parts(n).at(-1) ?? parts(n)[0], depth + 1);
      case 'AsExpression':
      case 'SatisfiesExpression':
        return expr(n.firstChild, depth + 1);
      case 'UnaryExpression': {
        const inner = expr(n.lastChild, depth + 1);
        if (inner.t === 'lit' && typeof inner.v === 'number' && t(n).startsWith('-')) return { t: 'lit', v: -inner.v, ...span };
        return other(n.from, n.to);
      }
      case 'MemberExpression': {
        if (kids(n).some((k) => k.name === '[')) return other(n.from, n.to);
        const base = expr(n.firstChild, depth + 1);
        const prop = n.lastChild;
        if (prop?.name !== 'PropertyName') return other(n.from, n.to);
        return base.t === 'ref' ? { t: 'ref', path: [...base.path, t(prop)], ...span } : { t: 'ref', path: ['(' + src.slice(base.from, base.to) + ')', t(prop)], ...span };
      }
      case 'ObjectExpression': {
        const entries: Entry[] = [];
        for (const p of kids(n).filter((k) => k.name === 'Property')) {
          const ks = kids(p);
          const first = ks[0];
          if (!first) continue;
          if (first.name === 'Spread') entries.push({ spread: expr(ks[1], depth + 1) });
          else if (ks.length === 1 && first.name === 'PropertyDefinition') {
            entries.push({ key: { t: 'lit', v: t(first), from: first.from, to: first.to }, value: { t: 'ref', path: [t(first)], from: first.from, to: first.to } });
          } else {
            const colon = ks.findIndex((k) => k.name === ':');
            if (colon < 0) continue;
            const keyNode = first.name === '[' ? ks[1] : first;
            const key: Expr =
              first.name === '['
                ? expr(keyNode, depth + 1)
                : keyNode?.name === 'String'
                  ? { t: 'lit', v: unquote(t(keyNode)), from: keyNode.from, to: keyNode.to }
                  : { t: 'lit', v: keyNode ? t(keyNode) : '', from: p.from, to: p.to };
            entries.push({ key, value: expr(ks[colon + 1], depth + 1) });
          }
        }
        return { t: 'obj', entries, ...span };
      }
      case 'ArrayExpression':
        return { t: 'arr', items: parts(n).map((i) => expr(i, depth + 1)), ...span };
      case 'TemplateString': {
        const out: Expr[] = [];
        let pos = n.from + 1;
        for (const i of kids(n).filter((k) => k.name === 'Interpolation')) {
          out.push({ t: 'lit', v: unquote('"' + src.slice(pos, i.from) + '"'), from: pos, to: i.from });
          out.push(expr(kids(i).find((k) => !k.name.startsWith('Interpolation')), depth + 1));
          pos = i.to;
        }
        out.push({ t: 'lit', v: unquote('"' + src.slice(pos, Math.max(pos, n.to - 1)) + '"'), from: pos, to: n.to });
        return { t: 'concat', parts: out, ...span };
      }
      case 'BinaryExpression': {
        const ks = kids(n);
        if (ks.length === 3 && t(ks[1] as SyntaxNode) === '+') return { t: 'concat', parts: [expr(ks[0], depth + 1), expr(ks[2], depth + 1)], ...span };
        return other(n.from, n.to);
      }
      case 'NewExpression': {
        const callee = parts(n).find((k) => k.name !== 'ArgList');
        const call: Expr = { t: 'new', cls: callee ? t(callee).split('.').at(-1) ?? '' : '', args: args(n.lastChild, depth), ...span };
        prog.calls.push(call);
        return call;
      }
      case 'CallExpression': {
        const callee = n.firstChild as SyntaxNode;
        const member = callee.name === 'MemberExpression' && !kids(callee).some((k) => k.name === '[');
        const call: Expr = {
          t: 'call',
          receiver: member ? expr(callee.firstChild, depth + 1) : null,
          name: member ? t(callee.lastChild as SyntaxNode) : t(callee),
          args: args(n.lastChild, depth),
          kwargs: {},
          ...span,
        };
        prog.calls.push(call);
        return call;
      }
      case 'AssignmentExpression': {
        assign(n.firstChild, expr(n.lastChild, depth + 1));
        return other(n.from, n.to);
      }
      default:
        return other(n.from, n.to);
    }
  };

  const assign = (target: SyntaxNode | null, value: Expr) => {
    if (!target) return;
    if (target.name === 'VariableDefinition' || target.name === 'VariableName') prog.assigns.push([t(target), value]);
    else if (target.name === 'MemberExpression') {
      const obj = expr(target.firstChild);
      if (obj.t !== 'ref') return;
      const bracket = kids(target).findIndex((k) => k.name === '[');
      const keyNode = bracket >= 0 ? kids(target)[bracket + 1] : target.lastChild;
      const key: Expr = bracket >= 0 ? expr(keyNode) : { t: 'lit', v: keyNode ? t(keyNode) : '', from: target.from, to: target.to };
      prog.members.push({ target: obj.path.join('.'), key, value });
    }
  };

  const visit = (n: SyntaxNode, depth: number) => {
    if (depth > MAX_NESTING) return;
    for (const s of kids(n)) {
      if (s.name === 'VariableDeclaration') {
        const ks = kids(s);
        for (let i = 0; i < ks.length; i++) {
          if (ks[i]?.name === 'Equals') assign(ks[i - 1] ?? null, expr(ks[i + 1]));
        }
      } else if (s.name === 'ExpressionStatement') {
        const e = expr(s.firstChild);
        if (e.t === 'obj') prog.bare.push(e);
      } else if (/Expression$/.test(s.name)) expr(s);
      else visit(s, depth + 1);
    }
  };
  visit(tree.topNode, 0);
  return prog;
}
