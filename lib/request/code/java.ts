import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/java';
import { emptyProgram, other, type Entry, type Expr, type Program } from './code-ast';
import { errorOffsets, kids, numberValue, parts, unquote } from './lezer-tree';
import { javaSetterField } from './sdk-constants';

const MAX_NESTING = 200;

/** Builders whose setters name fields of this SDK class (`new AdAccount(id, ctx).createAdSet()` builds an AdSet). */
const BUILDER_CLASS: Record<string, string> = { createAdSet: 'AdSet', AdPromotedObject: 'AdPromotedObject', Targeting: 'Targeting' };

/** Java (facebook-java-business-sdk builders) → the shared program shape, via the error-tolerant Lezer grammar. */
export function readJava(src: string): Program {
  const tree = parser.parse(src);
  const prog = emptyProgram(src);
  prog.errors = errorOffsets(tree);
  const t = (n: SyntaxNode) => src.slice(n.from, n.to);

  /** `base.setA(a).setB(b)…` over an SDK builder → the base and its setters, or null when it is no such chain. */
  const builder = (n: SyntaxNode, depth: number): { base: SyntaxNode; cls: string; setters: SyntaxNode[] } | null => {
    const setters: SyntaxNode[] = [];
    let cur: SyntaxNode | null = n;
    while (cur && cur.name === 'MethodInvocation' && setters.length < 500) {
      const name = t(kids(cur).find((k) => k.name === 'MethodName') ?? cur);
      if (name === 'createAdSet') return { base: cur, cls: 'AdSet', setters: setters.reverse() };
      if (!/^set[A-Z]|^setParam$|^execute$|^requestField/.test(name)) return null;
      if (/^set/.test(name)) setters.push(cur);
      cur = cur.firstChild?.name === 'MethodName' ? null : cur.firstChild;
    }
    if (cur?.name === 'ObjectCreationExpression') {
      const cls = t(kids(cur).find((k) => k.name === 'TypeName') ?? cur).split('.').at(-1) ?? '';
      if (BUILDER_CLASS[cls] || (setters.length > 0 && /^[A-Z]/.test(cls))) return { base: cur, cls, setters: setters.reverse() };
    }
    void depth;
    return null;
  };

  const setterEntries = (cls: string, setters: SyntaxNode[], depth: number): Entry[] =>
    setters.map((s) => {
      const name = t(kids(s).find((k) => k.name === 'MethodName') as SyntaxNode);
      const args = parts(kids(s).find((k) => k.name === 'ArgumentList') as SyntaxNode);
      if (name === 'setParam') return { key: expr(args[0], depth + 1), value: expr(args[1], depth + 1) };
      // Java's Targeting & co. prefix setters with `Field` (`setFieldGeoLocations`) where a name would clash.
      const plain = name.replace(/^setField(?=[A-Z])/, 'set');
      const field = javaSetterField(cls, name) ?? javaSetterField(cls, plain) ?? plain.slice(3).replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
      return { key: { t: 'lit', v: field, from: s.from, to: s.to }, value: expr(args[0], depth + 1) };
    });

  const expr = (n: SyntaxNode | null | undefined, depth = 0): Expr => {
    if (!n) return other(0, 0);
    const span = { from: n.from, to: n.to };
    if (depth > MAX_NESTING) return other(n.from, n.to);
    switch (n.name) {
      case 'StringLiteral':
        return { t: 'lit', v: unquote(t(n)), ...span };
      case 'TextBlock':
        return { t: 'lit', v: unquote(t(n)).replace(/^[ \t]*\n/, '').replace(/^[ \t]+/gm, '').replace(/\n$/, ''), ...span };
      case 'IntegerLiteral':
      case 'FloatingPointLiteral':
        return { t: 'lit', v: numberValue(t(n)), ...span };
      case 'BooleanLiteral':
        return { t: 'lit', v: t(n) === 'true', ...span };
      case 'null':
        return { t: 'lit', v: null, ...span };
      case 'Identifier':
        return { t: 'ref', path: [t(n)], ...span };
      case 'FieldAccess': {
        const base = expr(n.firstChild, depth + 1);
        return base.t === 'ref' ? { t: 'ref', path: [...base.path, t(n.lastChild as SyntaxNode)], ...span } : other(n.from, n.to);
      }
      case 'ParenthesizedExpression':
        return expr(parts(n)[0], depth + 1);
      case 'UnaryExpression': {
        const inner = expr(n.lastChild, depth + 1);
        if (inner.t === 'lit' && typeof inner.v === 'number' && t(n).startsWith('-')) return { t: 'lit', v: -inner.v, ...span };
        return other(n.from, n.to);
      }
      case 'BinaryExpression': {
        const ks = kids(n);
        if (ks.length === 3 && t(ks[1] as SyntaxNode) === '+') return { t: 'concat', parts: [expr(ks[0], depth + 1), expr(ks[2], depth + 1)], ...span };
        return other(n.from, n.to);
      }
      case 'ObjectCreationExpression': {
        const cls = t(kids(n).find((k) => k.name === 'TypeName') ?? n).split('.').at(-1) ?? '';
        const list = kids(n).find((k) => k.name === 'ArgumentList');
        const call: Expr = { t: 'new', cls, args: list ? parts(list).map((a) => expr(a, depth + 1)) : [], ...span };
        prog.calls.push(call);
        return call;
      }
      case 'MethodInvocation': {
        const b = builder(n, depth);
        if (b) {
          const entries = setterEntries(b.cls, b.setters, depth);
          if (b.cls !== 'AdSet') return { t: 'obj', entries, ...span };
          // The builder as the Node SDK's call: createAdSet(fields, params) on the account.
          const receiver = b.base.firstChild?.name === 'MethodName' ? null : expr(b.base.firstChild, depth + 1);
          const call: Expr = { t: 'call', receiver, name: 'createAdSet', args: [{ t: 'arr', items: [], ...span }, { t: 'obj', entries, ...span }], kwargs: {}, ...span };
          prog.calls.push(call);
          return call;
        }
        const nameNode = kids(n).find((k) => k.name === 'MethodName');
        const list = kids(n).find((k) => k.name === 'ArgumentList');
        const args = list ? parts(list).map((a) => expr(a, depth + 1)) : [];
        const name = nameNode ? t(nameNode) : '';
        const receiver = n.firstChild && n.firstChild.name !== 'MethodName' ? expr(n.firstChild, depth + 1) : null;
        if (name === 'of' && receiver?.t === 'ref' && receiver.path.at(-1) === 'Map') {
          const entries: Entry[] = [];
          for (let i = 0; i + 1 < args.length; i += 2) entries.push({ key: args[i] as Expr, value: args[i + 1] as Expr });
          return { t: 'obj', entries, ...span };
        }
        const call: Expr = { t: 'call', receiver, name, args, kwargs: {}, ...span };
        prog.calls.push(call);
        return call;
      }
      case 'AssignmentExpression': {
        const target = n.firstChild;
        if (target && (target.name === 'Identifier' || target.name === 'FieldAccess')) {
          const e = expr(target, depth + 1);
          if (e.t === 'ref') prog.assigns.push([e.path.join('.'), expr(n.lastChild, depth + 1)]);
        }
        return other(n.from, n.to);
      }
      default:
        return other(n.from, n.to);
    }
  };

  const visit = (n: SyntaxNode, depth: number) => {
    if (depth > MAX_NESTING) return;
    for (const s of kids(n)) {
      if (s.name === 'LocalVariableDeclaration' || s.name === 'FieldDeclaration') {
        for (const d of kids(s).filter((k) => k.name === 'VariableDeclarator')) {
          const def = kids(d).find((k) => k.name === 'Definition');
          const eq = kids(d).findIndex((k) => k.name === 'AssignOp');
          if (def && eq >= 0) prog.assigns.push([t(def), expr(kids(d)[eq + 1])]);
        }
      } else if (s.name === 'ExpressionStatement') expr(s.firstChild);
      else if (/Expression$|^MethodInvocation$/.test(s.name)) expr(s);
      else visit(s, depth + 1);
    }
  };
  visit(tree.topNode, 0);
  return prog;
}
