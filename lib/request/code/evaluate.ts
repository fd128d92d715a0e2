import { text, type Text } from '../../i18n/text';
import { isRecord } from '../../model/record';
import { positionOf } from '../text-position';
import { Unresolved } from '../unresolved';
import type { Expr, Program } from './code-ast';
import { sdkEnumValue, sdkFieldName } from './sdk-constants';

const MAX_DEPTH = 64;

/** Calls that only re-encode their argument: the wire carries the same value (objects travel as JSON anyway). */
const PASS_THROUGH = new Set(['stringify', 'dumps', 'json_encode', 'to_json', 'URLSearchParams', 'toString', 'to_s', 'str', 'String', 'strval', 'dict', 'asList', 'of', 'valueOf', 'parseInt', 'parseFloat', 'int', 'float', 'intval', 'Number', 'to_i', 'Long', 'Integer']);
const TO_NUMBER = new Set(['int', 'float', 'intval', 'Number', 'parseInt', 'parseFloat', 'to_i']);
const TO_STRING = new Set(['str', 'String', 'strval', 'toString', 'to_s']);

/**
 * Values of the expressions in a pasted program. What the snippet itself defines is followed (`const name = 'x'`,
 * `params = {…}` then `params['y'] = …`, SDK constants); anything else becomes an `Unresolved` with its source.
 */
export class Evaluator {
  readonly notes: Text[] = [];
  /** Placeholders `url()` wrote (`{AD_ACCOUNT_ID}`) → where their expression is in the pasted text. */
  readonly placeholders = new Map<string, Unresolved>();
  private readonly env = new Map<string, Expr>();
  private readonly active = new Set<string>();

  constructor(readonly prog: Program) {
    for (const [name, e] of prog.assigns) this.env.set(name, e);
  }

  unresolved(e: Expr): Unresolved {
    return Unresolved.at(this.prog.src, e.from, e.to);
  }

  source(e: Expr): string {
    return this.prog.src.slice(e.from, e.to);
  }

  /** The expression a name stands for, following `a = b` aliases (null when the snippet does not define it). */
  definition(e: Expr, depth = 0): Expr {
    if (e.t !== 'ref' || depth > MAX_DEPTH) return e;
    const def = this.env.get(e.path.join('.'));
    return def && def !== e ? this.definition(def, depth + 1) : e;
  }

  value(e: Expr, depth = 0): unknown {
    if (depth > MAX_DEPTH) return this.unresolved(e);
    switch (e.t) {
      case 'lit':
        return e.v;
      case 'arr': {
        const items = e.items.map((i) => this.value(i, depth + 1));
        // A list with one unknown item is unknown as a whole: a partial list would be a different list.
        return items.some((i) => i instanceof Unresolved) ? this.unresolved(e) : items;
      }
      case 'obj':
        return this.object(e, depth);
      case 'concat': {
        const parts = e.parts.map((p) => this.value(p, depth + 1));
        if (parts.some((p) => p instanceof Unresolved || (typeof p === 'object' && p !== null))) return this.unresolved(e);
        return parts.map((p) => (p === null ? '' : String(p))).join('');
      }
      case 'ref':
        return this.reference(e, depth);
      case 'new':
      case 'call':
        return this.call(e, depth);
      default:
        return this.unresolved(e);
    }
  }

  private reference(e: Expr & { t: 'ref' }, depth: number): unknown {
    const key = e.path.join('.');
    const def = this.env.get(key);
    if (def && !this.active.has(key)) {
      this.active.add(key);
      try {
        const v = this.value(def, depth + 1);
        if (isRecord(v) && !(v instanceof Unresolved)) this.addMembers(key, v as Record<string, unknown>, depth);
        return v;
      } finally {
        this.active.delete(key);
      }
    }
    const constant = sdkEnumValue(e.path);
    if (constant !== null) return constant;
    // `config.adset.name` where `config = {…}` is in the snippet.
    for (let k = e.path.length - 1; k >= 1; k--) {
      const head = this.env.get(e.path.slice(0, k).join('.'));
      if (!head) continue;
      let v: unknown = this.value({ t: 'ref', path: e.path.slice(0, k), from: e.from, to: e.to }, depth + 1);
      for (const seg of e.path.slice(k)) v = typeof v === 'object' && v !== null && !(v instanceof Unresolved) ? (v as Record<string, unknown>)[seg] : undefined;
      return v === undefined ? this.unresolved(e) : v;
    }
    return this.unresolved(e);
  }

  private addMembers(name: string, obj: Record<string, unknown>, depth: number): void {
    for (const m of this.prog.members) {
      if (m.target !== name) continue;
      const k = this.key(m.key, depth);
      if (k !== null) define(obj, k, this.value(m.value, depth + 1));
    }
  }

  /** A key as written, or the field an SDK constant names; null (and a note) when it is computed. */
  key(e: Expr, depth: number, quiet = false): string | null {
    if (e.t === 'lit' && e.v !== null) return String(e.v);
    if (e.t === 'ref') {
      const field = sdkFieldName(e.path);
      if (field !== null) return field;
    }
    const v = this.value(e, depth + 1);
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (!quiet) this.note('requestWarnCodeKey', e);
    return null;
  }

  private object(e: Expr & { t: 'obj' }, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const entry of e.entries) {
      if ('spread' in entry) {
        const v = this.value(entry.spread, depth + 1);
        if (isRecord(v) && !(v instanceof Unresolved)) {
          for (const [k, x] of Object.entries(v)) define(out, k, x);
        } else this.note('requestWarnCodeSpread', entry.spread);
        continue;
      }
      const k = this.key(entry.key, depth);
      if (k !== null) define(out, k, this.value(entry.value, depth + 1));
    }
    return out;
  }

  private call(e: Expr & ({ t: 'call' } | { t: 'new' }), depth: number): unknown {
    const name = e.t === 'new' ? e.cls : e.name;
    if (!PASS_THROUGH.has(name)) return this.unresolved(e);
    if (e.t === 'call' && name === 'dict') {
      const out: Record<string, unknown> = {};
      const first = e.args[0];
      if (first) {
        const v = this.value(first, depth + 1);
        if (typeof v === 'object' && v !== null && !(v instanceof Unresolved)) Object.assign(out, v);
      }
      for (const [k, x] of Object.entries(e.kwargs)) define(out, k, this.value(x, depth + 1));
      return out;
    }
    if (name === 'asList' || name === 'of') return this.value({ t: 'arr', items: e.args, from: e.from, to: e.to }, depth + 1);
    // `JSON.stringify(x)`, `json.dumps(x)`, `x.to_json`, `x.toString()`: the argument, or the receiver.
    const inner = e.args[0] ?? (e.t === 'call' ? e.receiver : null);
    if (!inner) return this.unresolved(e);
    const v = this.value(inner, depth + 1);
    if (v instanceof Unresolved) return this.unresolved(e);
    if (TO_NUMBER.has(name) && (typeof v === 'string' || typeof v === 'number')) {
      const n = Number(v);
      return Number.isFinite(n) ? n : this.unresolved(e);
    }
    if (TO_STRING.has(name) && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
    return v;
  }

  /** A URL with what it computes shown as `{expression}` placeholders: `…/act_{AD_ACCOUNT_ID}/adsets`. */
  url(e: Expr, depth = 0): string {
    if (depth > MAX_DEPTH) return `{${this.source(e)}}`;
    if (e.t === 'concat') return e.parts.map((p) => this.url(p, depth + 1)).join('');
    if (e.t === 'ref') {
      const def = this.env.get(e.path.join('.'));
      if (def && def !== e && !this.active.has(e.path.join('.'))) {
        this.active.add(e.path.join('.'));
        try {
          return this.url(def, depth + 1);
        } finally {
          this.active.delete(e.path.join('.'));
        }
      }
    }
    const v = this.value(e, depth + 1);
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    const u = this.unresolved(e);
    const name = u.source.replace(/[{}/?#&]/g, '');
    this.placeholders.set(name, u);
    return `{${name}}`;
  }

  private note(key: string, e: Expr): void {
    const { line, column } = positionOf(this.prog.src, e.from);
    this.notes.push(text(key, line, column, this.source(e).slice(0, 60)));
  }
}

/** An own property even for `__proto__` (input is untrusted). */
export function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
