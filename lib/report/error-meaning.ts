import { errorTitle, graphErrorLabel } from '../graph/error-catalogue';
import type { Text } from '../i18n/text';

// The report names an error from the one catalogue (lib/graph/error-catalogue.ts), as the client and the rules do.

/** A short name for a Graph error, for the report title and summary. */
export function errorMeaning(code: number | null, subcode: number | null): Text {
  return errorTitle({ code, subcode });
}

/** `100/2446885`, `190`, or `?` when Graph gave no code (a network failure) — the catalogue's one label format. */
export function errorCodeLabel(code: number | null, subcode: number | null): string {
  return graphErrorLabel({ code, subcode });
}
