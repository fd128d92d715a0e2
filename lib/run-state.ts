import type { Explanation } from './explain/explanation';
import type { ExplainStage } from './explain/stages';
import type { Text } from './i18n';

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
  | { status: 'done'; explanation: Explanation }
  | { status: 'failed'; error: Text; startedAt: number };
