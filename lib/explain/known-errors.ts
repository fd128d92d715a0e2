import { text, type Text } from '../i18n/text';
import { graphErrorLabel, lookupGraphError, type ErrorCode } from '../graph/error-catalogue';
import type { FindingId } from '../model';

export type { ErrorCode } from '../graph/error-catalogue';

/**
 * A Graph error as the explain rules see it: the row of the one catalogue (lib/graph/error-catalogue.ts) for its
 * code/subcode, with its meaning as a localisable text. Text never decides anything: Meta localises `message`.
 */
export interface KnownError {
  code?: number;
  subcode?: number;
  meaning: Text;
  related: readonly FindingId[];
  docs: readonly string[];
  source: string;
}

/** The known error for a code/subcode pair (exact subcode first, then the code's family), or null. */
export function recogniseError(e: ErrorCode | null | undefined): KnownError | null {
  const row = lookupGraphError(e);
  if (!row) return null;
  return {
    ...(row.code !== undefined ? { code: row.code } : {}),
    ...(row.subcode !== undefined ? { subcode: row.subcode } : {}),
    meaning: text(row.meaning),
    related: row.related,
    docs: row.docs,
    source: row.source,
  };
}

/** `100/2446885`, `190`, `?` — the catalogue's one label format. */
export function errorLabel(e: ErrorCode | null | undefined): string {
  return graphErrorLabel(e);
}

export function isError(e: ErrorCode | null | undefined, code: number, subcode?: number): boolean {
  return !!e && e.code === code && (subcode === undefined || e.subcode === subcode);
}
