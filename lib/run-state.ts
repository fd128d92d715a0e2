import type { Explanation } from './explain/explanation';
import type { ExplainStage } from './explain/stages';
import type { GraphExchange } from './graph/record-exchanges';
import type { Text } from './i18n';
import type { ApiRequestSource } from './scenario/scenario-schema';

/**
 * What a finished run keeps so that it can be exported as a replayable scenario (lib/scenario/export): its Graph
 * traffic and the user's request as pasted, both without secrets (the token is scrubbed before this exists).
 */
export interface RunRecord {
  exchanges: GraphExchange[];
  /** The user's request as a scenario names it (`text` as pasted, token removed; `ui_equivalent`; a HAR entry's cURL). */
  api: ApiRequestSource;
  typedValues: Record<string, string>;
  /** The WABA id the diagnosis used (typed, or revealed by Ads Manager). */
  wabaId: string | null;
  /** The ad set compared (the popup's list id), null for an API request alone. */
  captureId: string | null;
}

/**
 * The state of a tab's "Explain why the API fails" run, kept in storage.session so that closing the popup (or the
 * service worker being stopped) loses nothing: the popup reopens to the same state.
 */
export type RunState =
  | {
      status: 'running';
      /** Which run this is (several may be started on one tab; the tab shows the newest). */
      runId?: string;
      stage: ExplainStage;
      startedAt: number;
      captureId: string | null;
      /** Graph did not answer and the batch is being tried again (only reads and validate_only dry runs are). */
      retrying?: boolean;
      /** validate_only runs being repeated one per call, after Graph refused them in one batch (Meta's batch limit). */
      singleCalls?: number;
    }
  | { status: 'done'; explanation: Explanation; record?: RunRecord }
  | { status: 'failed'; error: Text; startedAt: number };
