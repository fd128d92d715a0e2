import type { Text } from '../i18n/text';
import type { AdsetRequest } from '../model';
import type { Span } from './secret-spans';

/** The languages pasted code is read in (lib/request/code). */
export type CodeLanguage = 'python' | 'javascript' | 'php' | 'java' | 'ruby';

/** Where a parsed request came from; the popup shows it so the user sees how their input was read. */
export type RequestFormat =
  | 'curl'
  | 'json'
  | 'form'
  | 'explorer'
  | 'har'
  | 'params'
  | 'http'
  | 'postman'
  | 'sdk-python'
  | 'sdk-node'
  | 'sdk-php'
  | 'sdk-java'
  | 'sdk-ruby'
  | 'http-js'
  | 'http-python'
  | 'http-php';

/** The name of the API version, ad account and token among unresolved fields (all other names are ad set fields). */
export const API_VERSION = 'api_version';
export const AD_ACCOUNT_ID = 'ad_account_id';
export const ACCESS_TOKEN = 'access_token';

/**
 * A field whose value the input computes instead of writing it (`campaign_id ← campaignId`): the request is read
 * without it, and the popup fills it from Ads Manager or lets the user type it.
 */
export interface UnresolvedField {
  /** Field name, dotted for a member of an object field (`promoted_object.page_id`), or `api_version`, `ad_account_id`, `access_token`. */
  name: string;
  /** The expression as written. */
  source: string;
  line: number;
  column: number;
}

export interface ParsedOk {
  ok: true;
  request: AdsetRequest;
  /**
   * The access token found anywhere in the input (query, body, `Authorization` header, JSON), removed from the
   * request and offered to the user separately. Null when absent or only a placeholder (`{token}`, `$ACCESS_TOKEN`).
   */
  token: string | null;
  format: RequestFormat;
  warnings: Text[];
  /** Fields (and version, account, token) the input computes: left out of `request`, in input order. */
  unresolved: UnresolvedField[];
  /**
   * Where the secrets this parse read (every token, secret fields such as `appsecret_proof`) sit in the input, as
   * `[start, end)` offsets: what a draft of the input must not keep. Set by `parseApiRequest`.
   */
  secretSpans?: readonly Span[];
}

export interface ParsedError {
  ok: false;
  error: Text;
  /** 1-based line of the input the error points at, when there is one. */
  line?: number;
  /** The input is code in this language and its reader is not loaded yet: `readApiRequest` loads it and reads again. */
  needsLanguage?: CodeLanguage;
}

export type ParseResult = ParsedOk | ParsedError;

/** One ad set request out of a HAR file (several may be there: the UI lets the user choose). */
export interface ParsedRequest extends ParsedOk {
  format: 'har';
  /** Index of the entry in `log.entries`. */
  entryIndex: number;
  /** `POST https://…/act_1/adsets` with secret query parameters removed, for the chooser. */
  label: string;
  startedDateTime: string | null;
}
