import type { Text } from '../i18n/text';
import type { AdsetRequest } from '../model';
import type { Span } from './secret-spans';

/** Where a parsed request came from; the popup shows it so the user sees how their input was read. */
export type RequestFormat = 'curl' | 'json' | 'form' | 'explorer' | 'har' | 'params';

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
