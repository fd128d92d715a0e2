import { positionOf } from './text-position';

/**
 * A value the pasted code computes rather than writes (`campaignId`, `Math.round(budget * 100)`): kept as its source
 * text, so the request can be read without it and the user is told what is missing and where.
 */
export class Unresolved {
  constructor(
    /** The expression as written. */
    readonly source: string,
    /** 1-based position of the expression in the pasted text. */
    readonly line: number,
    readonly column: number,
  ) {}

  static at(src: string, from: number, to: number): Unresolved {
    const { line, column } = positionOf(src, from);
    const source = src.slice(from, to).replace(/\s+/g, ' ').trim();
    return new Unresolved(source.length > 120 ? source.slice(0, 119) + '…' : source, line, column);
  }
}
