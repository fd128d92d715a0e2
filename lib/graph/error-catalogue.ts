import { text, type Text } from '../i18n/text';
import type { FindingId } from '../model/finding';
import type { GraphFailureKind } from '../model/graph-failure';

/**
 * The one Graph error catalogue. The client (classify-failure), the explain rules (known-errors) and the report
 * (error-meaning) all read it, so a code means the same everywhere. Classification is by `code` / `error_subcode`
 * only: Meta localises `message` and `error_user_*` (the seed ticket's are Russian).
 *
 * A row names what it matches (`code`, optionally up to `codeTo`, optionally one `subcode`; a row without `code`
 * matches the subcode under any code — used for subcodes only seen in Ads Manager's own answers), the failure
 * `kind`, a short `title` and a sentence `meaning` (message keys: en and ru live in lib/i18n/messages/*\/graph.json
 * or explain.json), what to do (`fix`), the findings whose rules look at it (`related`), `docs`, and where the
 * meaning comes from (`source`). Nothing here is guessed: a row without a public source does not belong here.
 */
export interface CatalogueRow {
  code?: number;
  /** Inclusive upper bound of a code range (80000–80014, 200–299). */
  codeTo?: number;
  subcode?: number;
  kind: GraphFailureKind;
  /** Short name (report title, summary). */
  title: string;
  /** One sentence (finding evidence). */
  meaning: string;
  /** What to do; the kind's generic action when absent. */
  fix?: string;
  /** The failure message when this row has its own (190 subcodes); `$1` = the code label. */
  failure?: string;
  related: readonly FindingId[];
  docs: readonly string[];
  source: string;
}

const ERROR_HANDLING = 'https://developers.facebook.com/docs/graph-api/guides/error-handling';
const MARKETING_ERRORS = 'https://developers.facebook.com/docs/marketing-api/error-reference';
const ADS_RATE_LIMITS = 'https://developers.facebook.com/docs/marketing-api/overview/rate-limiting';
const GRAPH_RATE_LIMITS = 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting';
const CTWA = 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/ad-creative/messaging-ads/click-to-whatsapp';
const PROMOTED_OBJECT = 'https://developers.facebook.com/docs/marketing-api/reference/ad-promoted-object';
const DESTINATION_TYPE = 'https://developers.facebook.com/docs/marketing-api/adset/destination_type';
const DEBUG_TOKEN = 'https://developers.facebook.com/docs/graph-api/reference/debug_token';
const ISSUE_1487246 = 'https://github.com/facebook/facebook-nodejs-business-sdk/issues/301';
const PY_SDK_CODES = 'https://github.com/facebook/facebook-python-business-sdk/blob/main/facebookads/utils/fberrcodes.py';
const WABA_EDGES = 'https://developers.facebook.com/docs/marketing-api/reference/business/client_whatsapp_business_accounts/';

const TOKEN_RELATED: readonly FindingId[] = ['token-invalid'];
const RATE_RELATED: readonly FindingId[] = ['rate-limited'];
const PERMISSION_RELATED: readonly FindingId[] = ['token-missing-scope', 'page-access'];

function tokenRow(subcode: number, why: string): CatalogueRow {
  return {
    code: 190,
    subcode,
    kind: 'token',
    title: 'reportMeaningTokenInvalid',
    meaning: 'explain_error_190',
    failure: `graph_failure_token_${subcode}`,
    related: TOKEN_RELATED,
    docs: [ERROR_HANDLING, DEBUG_TOKEN],
    source: `Graph API error handling guide, 190 subcodes (${why})`,
  };
}

export const GRAPH_ERRORS: readonly CatalogueRow[] = [
  // --- Ad set content (code 100 with a subcode naming what is wrong) ---
  {
    code: 100,
    subcode: 2446885,
    kind: 'invalid_param',
    title: 'reportMeaningWhatsappBusinessRequired',
    meaning: 'explain_error_2446885',
    fix: 'graph_fix_2446885',
    related: ['page-number-not-business', 'hidden-field', 'page-access'],
    docs: [CTWA],
    source: 'Seed write-up (seeds/000_4647a7b915cd80e1.txt) and public integrations quoting the error body (docs/ARCHITECTURE.md#domain-primer)',
  },
  {
    code: 100,
    subcode: 2446886,
    kind: 'invalid_param',
    title: 'graph_title_2446886',
    meaning: 'explain_error_2446886',
    related: ['extra-field', 'hidden-field', 'phone-mismatch'],
    docs: [PROMOTED_OBJECT],
    source: 'Public Click-to-WhatsApp integration (v25) noting the rejection of whats_app_business_phone_number_id (docs/ARCHITECTURE.md#domain-primer)',
  },
  {
    code: 100,
    subcode: 1487246,
    kind: 'invalid_param',
    title: 'reportMeaningWhatsappNotLinked',
    meaning: 'explain_error_1487246',
    related: ['phone-mismatch', 'page-access', 'hidden-field'],
    docs: [ISSUE_1487246],
    source: ISSUE_1487246,
  },
  {
    code: 100,
    subcode: 2490408,
    kind: 'invalid_param',
    title: 'graph_title_2490408',
    meaning: 'graph_meaning_2490408',
    fix: 'graph_fix_2490408',
    related: ['objective-mismatch'],
    docs: [DESTINATION_TYPE],
    source: 'Public error bodies of POST act_X/adsets with error_data.blame_field_specs [["optimization_goal"]] (docs/ARCHITECTURE.md#domain-primer)',
  },
  {
    code: 100,
    subcode: 1815290,
    kind: 'invalid_param',
    title: 'graph_title_1815290',
    meaning: 'graph_meaning_1815290',
    related: ['objective-mismatch'],
    docs: [MARKETING_ERRORS],
    source: `${PY_SDK_CODES} (invalid_objective_for_targeting)`,
  },
  {
    subcode: 3858161,
    kind: 'invalid_param',
    title: 'graph_title_3858161',
    meaning: 'graph_meaning_3858161',
    related: ['phone-mismatch', 'objective-mismatch', 'page-number-not-business'],
    docs: [CTWA],
    source: 'Reported from Ads Manager\'s own answers (a UI-side message; not in the API reference) — docs/ARCHITECTURE.md#domain-primer',
  },
  {
    subcode: 1815296,
    kind: 'invalid_param',
    title: 'graph_title_1815296',
    meaning: 'graph_meaning_1815296',
    fix: 'graph_fix_1815296',
    related: [],
    docs: [MARKETING_ERRORS],
    source: 'Ads Manager draft flow (AdsDraftFragmentDataManager, public bundle copies) — docs/ARCHITECTURE.md#domain-primer',
  },
  {
    code: 100,
    subcode: 33,
    kind: 'not_found',
    title: 'graph_title_100_33',
    meaning: 'explain_error_100_33',
    related: ['page-access'],
    docs: [ERROR_HANDLING],
    source: `${ERROR_HANDLING} ("Unsupported get request. Object … does not exist, cannot be loaded due to missing permissions")`,
  },
  {
    code: 100,
    kind: 'invalid_param',
    title: 'reportMeaningInvalidParameter',
    meaning: 'graph_meaning_100',
    related: [],
    docs: [ERROR_HANDLING],
    source: `${ERROR_HANDLING} (100 "Invalid parameter")`,
  },
  {
    code: 803,
    kind: 'not_found',
    title: 'graph_title_100_33',
    meaning: 'graph_meaning_803',
    related: ['page-access'],
    docs: [ERROR_HANDLING],
    source: `${ERROR_HANDLING} (803 "Some of the aliases you requested do not exist")`,
  },
  // --- Token ---
  tokenRow(458, 'app not installed'),
  tokenRow(459, 'user checkpointed'),
  tokenRow(460, 'password changed'),
  tokenRow(463, 'expired'),
  tokenRow(464, 'unconfirmed user'),
  tokenRow(467, 'invalid access token'),
  tokenRow(492, 'invalid session'),
  {
    code: 190,
    kind: 'token',
    title: 'reportMeaningTokenInvalid',
    meaning: 'explain_error_190',
    related: TOKEN_RELATED,
    docs: [ERROR_HANDLING, DEBUG_TOKEN],
    source: `${ERROR_HANDLING} (190 "Access token has expired / invalid")`,
  },
  {
    code: 102,
    kind: 'token',
    title: 'reportMeaningTokenInvalid',
    meaning: 'explain_error_190',
    related: TOKEN_RELATED,
    docs: [ERROR_HANDLING],
    source: `${ERROR_HANDLING} (102 "API Session": the session is invalid or expired)`,
  },
  // --- Permission ---
  {
    code: 10,
    kind: 'permission',
    title: 'reportMeaningPermission',
    meaning: 'explain_error_permission',
    related: PERMISSION_RELATED,
    docs: [ERROR_HANDLING],
    source: `${ERROR_HANDLING} (10 "API Permission Denied")`,
  },
  {
    code: 200,
    codeTo: 299,
    kind: 'permission',
    title: 'reportMeaningPermission',
    meaning: 'explain_error_permission',
    related: PERMISSION_RELATED,
    docs: [ERROR_HANDLING, WABA_EDGES],
    source: `${ERROR_HANDLING} (200–299 "API Permission"); WABA edges answer 200 without whatsapp_business_management (${WABA_EDGES})`,
  },
  // --- Rate limits ---
  {
    code: 17,
    subcode: 2446079,
    kind: 'rate_limit',
    title: 'reportMeaningRateLimit',
    meaning: 'explain_error_rate_limit',
    related: RATE_RELATED,
    docs: [ADS_RATE_LIMITS],
    source: `${ADS_RATE_LIMITS} (ads management rate limit, 17/2446079)`,
  },
  {
    code: 613,
    subcode: 1487742,
    kind: 'rate_limit',
    title: 'reportMeaningRateLimit',
    meaning: 'explain_error_rate_limit',
    related: RATE_RELATED,
    docs: [ADS_RATE_LIMITS],
    source: `${ADS_RATE_LIMITS} (613/1487742 too many calls from this ad account)`,
  },
  ...[4, 17, 32, 613].map(
    (code): CatalogueRow => ({
      code,
      kind: 'rate_limit',
      title: 'reportMeaningRateLimit',
      meaning: 'explain_error_rate_limit',
      related: RATE_RELATED,
      docs: [code === 4 || code === 32 ? GRAPH_RATE_LIMITS : ADS_RATE_LIMITS],
      source: `${GRAPH_RATE_LIMITS} (4 app, 17 user, 32 Page, 613 custom rate limit)`,
    }),
  ),
  {
    code: 80000,
    codeTo: 80014,
    kind: 'rate_limit',
    title: 'reportMeaningRateLimit',
    meaning: 'explain_error_rate_limit',
    related: RATE_RELATED,
    docs: [GRAPH_RATE_LIMITS],
    source: `${GRAPH_RATE_LIMITS} (business use case limits 80000–80014; 80004 ads management, 80008 WhatsApp Business)`,
  },
  // --- Version, server ---
  {
    code: 2635,
    kind: 'version',
    title: 'reportMeaningVersion',
    meaning: 'explain_error_2635',
    related: ['api-version'],
    docs: [ERROR_HANDLING],
    source: `${MARKETING_ERRORS} (2635 deprecated API version)`,
  },
  ...[1, 2].map(
    (code): CatalogueRow => ({
      code,
      kind: 'server',
      title: 'graph_title_server',
      meaning: 'graph_meaning_server',
      related: [],
      docs: [ERROR_HANDLING],
      source: `${ERROR_HANDLING} (1 "API Unknown", 2 "API Service": temporary, retry)`,
    }),
  ),
];

export interface ErrorCode {
  code?: number | null;
  subcode?: number | null;
}

const codeMatches = (row: CatalogueRow, code: number) =>
  row.code !== undefined && (row.codeTo === undefined ? row.code === code : code >= row.code && code <= row.codeTo);

/**
 * The row for a code/subcode pair: the exact subcode under its code first, then a subcode seen under any code, then
 * the code's (or range's) family row; null for an error the catalogue does not know.
 */
export function lookupGraphError(e: ErrorCode | null | undefined): CatalogueRow | null {
  if (!e) return null;
  const code = typeof e.code === 'number' ? e.code : null;
  const subcode = typeof e.subcode === 'number' ? e.subcode : null;
  if (code !== null && subcode !== null) {
    const exact = GRAPH_ERRORS.find((r) => r.subcode === subcode && codeMatches(r, code));
    if (exact) return exact;
  }
  if (subcode !== null) {
    const anyCode = GRAPH_ERRORS.find((r) => r.code === undefined && r.subcode === subcode);
    if (anyCode) return anyCode;
  }
  if (code === null) return null;
  return GRAPH_ERRORS.find((r) => r.subcode === undefined && codeMatches(r, code)) ?? null;
}

/** The one label format for a Graph error: `100/2446885`, `190`, `?/3858161` (no code), `?` (no error code at all). */
export function graphErrorLabel(e: ErrorCode | null | undefined): string {
  const code = typeof e?.code === 'number' ? String(e.code) : '?';
  return typeof e?.subcode === 'number' ? `${code}/${e.subcode}` : code;
}

/** The row's short name, or the generic one. */
export function errorTitle(e: ErrorCode | null | undefined): Text {
  return text(lookupGraphError(e)?.title ?? 'reportMeaningUnknown');
}

/** Every message key the catalogue uses (for the i18n completeness test). */
export function catalogueKeys(): string[] {
  return [...new Set(GRAPH_ERRORS.flatMap((r) => [r.title, r.meaning, ...(r.fix ? [r.fix] : []), ...(r.failure ? [r.failure] : [])]))];
}
