// The little of a program that ad set code needs, whatever its language: literals, objects, arrays, names and
// member paths, calls, `new`, string templates and concatenation. Each language's reader turns its parse tree
// (Lezer, or the Ruby tokenizer) into this, so recognising shapes and evaluating values is written once.

interface Span {
  /** Offsets into the pasted text. */
  from: number;
  to: number;
}

export type Expr =
  | (Span & { t: 'lit'; v: string | number | boolean | null })
  | (Span & { t: 'obj'; entries: Entry[] })
  | (Span & { t: 'arr'; items: Expr[] })
  /** A name or member path: `name`, `AdSet.Field.name`, `AdSetFields::NAME` (as `['AdSetFields', 'NAME']`), `$x`. */
  | (Span & { t: 'ref'; path: string[] })
  /** `callee.name(args, kw=…)`: `receiver` is what the method is called on (null for a plain function). */
  | (Span & { t: 'call'; receiver: Expr | null; name: string; args: Expr[]; kwargs: Record<string, Expr> })
  | (Span & { t: 'new'; cls: string; args: Expr[] })
  /** Template literal, f-string, interpolated string, or `a + b` of strings. */
  | (Span & { t: 'concat'; parts: Expr[] })
  /** Anything else (arithmetic, lambdas, …): never guessed, shown as its source. */
  | (Span & { t: 'other' });

export type Entry = { key: Expr; value: Expr } | { spread: Expr };

/** One pasted program, flattened. */
export interface Program {
  src: string;
  /** `name = expr` in source order (later assignments win); `x.y = expr` as `x.y`. */
  assigns: [string, Expr][];
  /** `name[key] = expr` / `$name['key'] = expr`: members added to an object after it was written. */
  members: { target: string; key: Expr; value: Expr }[];
  /** Every call and `new` in source order, nested ones included. */
  calls: Expr[];
  /** Where the parser had to skip or insert something (error-tolerant parse). */
  errors: number[];
  /** Objects written as statements of their own (a pasted `{…}`). */
  bare: Expr[];
}

export function emptyProgram(src: string): Program {
  return { src, assigns: [], members: [], calls: [], errors: [], bare: [] };
}

export const other = (from: number, to: number): Expr => ({ t: 'other', from, to });
