import { useRef, useState } from 'react';
import type { ExportKind } from '../../../components/ExportMenu';
import type { Explanation } from '../../../lib/explain/explanation';
import { text, type Text } from '../../../lib/i18n/text';
import type { RunState } from '../../../lib/run-state';
import type { Scenario } from '../../../lib/scenario';
import { sendMessage } from '../messaging';
import { runOfThisClick } from '../../../lib/popup-state';
import { pastedForRecord } from '../pasted';
import type { ApiRequestState } from './use-api-request';
import type { TokenState } from './use-token';

export interface ActionDeps {
  tabId: number | null;
  request: ApiRequestState;
  token: TokenState;
  /** The ad set selected to compare with (its id), or null. */
  selectedId: string | null;
  hasSelection: boolean;
  wabaId: string;
  explanation: Explanation | null;
  showRun: (run: RunState | null) => void;
  setWaiting: (waiting: boolean) => void;
  setProblem: (problem: Text | null) => void;
  setBaseline: (explanation: Explanation | null) => void;
  /** The run as a scenario, for the JSON report's `scenario` (issue 15); undefined when the run kept no record. */
  scenarioForReport: () => Promise<Scenario | undefined>;
}

/**
 * The commands the popup sends: explain, export, pin (and the rest). What they say back goes to `setProblem`
 * (under the button) or `notice` (under the exports). `justRanRef`: set when the user starts a run, so its result
 * (not one restored on reopen) is brought into view.
 */
export function useActions(d: ActionDeps) {
  const [notice, setNotice] = useState<Text | null>(null);
  const justRanRef = useRef(false);
  const { tabId, request, token } = d;
  const exportAs = async (kind: ExportKind, to: 'download' | 'clipboard') => {
    if (!d.explanation) return;
    const explanation = d.explanation;
    const scenario = kind === 'json' ? await d.scenarioForReport().catch(() => undefined) : undefined;
    const ok = await import('../exports').then((m) => m.exportArtifact(kind, explanation, token.token, to, scenario)).catch(() => false);
    setNotice(ok ? text(to === 'clipboard' ? 'exportCopied' : 'exportDone') : text('exportFailed'));
  };
  const actions = {
    async explain(): Promise<void> {
      d.setProblem(null);
      if (tabId === null) return;
      const now = await request.parseNow();
      const api = await request.apiSide(now);
      if (api === 'invalid') return d.setProblem(now && !now.ok ? now.error : text('runNeedsRequest'));
      // A token in a request pasted a moment ago (before its parse was shown) is offered as usual, and used now.
      const found = now?.ok && request.typedSinceParse() && (!token.token || token.fromRequest) ? now.token : null;
      const useToken = (found ?? token.token).trim();
      if (found) token.offer(found);
      if (!useToken) return d.setProblem(text('runNeedsToken'));
      await token.keep(useToken);
      justRanRef.current = true;
      const startedAt = Date.now();
      d.showRun({ status: 'running', stage: 'diff', startedAt, captureId: d.selectedId });
      // The request as pasted (token removed) goes with the run, so the run can be exported as a scenario.
      const pasted = api && !request.har && now?.ok ? await pastedForRecord(request.apiText, useToken, now, request.typedValues) : undefined;
      const req = { tabId, captureId: d.hasSelection ? d.selectedId : null, api, token: useToken, wabaId: d.wabaId.trim() || null, ...(pasted ? { pasted } : {}) };
      d.setWaiting(true);
      const result = await sendMessage('explain', req).catch(async (): Promise<RunState | null> => {
        // The service worker was stopped mid-run (MV3 does that): waking it resumes the run from storage.session,
        // and the storage watch delivers the result. Anything else has no run to wait for: say so, never spin on.
        // A resumed run may also have ended already (its result came through the watch before this answer): shown,
        // not covered by "no answer".
        const state = await sendMessage('getTabState', tabId).catch(() => null);
        return runOfThisClick(state?.run ?? null, startedAt);
      });
      d.setWaiting(false);
      d.showRun(result ?? { status: 'failed', error: text('runNoAnswer'), startedAt });
    },
    export: (kind: ExportKind) => exportAs(kind, 'download'),
    copyMarkdown: () => exportAs('markdown', 'clipboard'),
    /** Keep the explanation shown as the "works" side of a working-vs-failing comparison. */
    pin(): void {
      if (!d.explanation) return;
      d.setBaseline(d.explanation);
      void sendMessage('setBaseline', d.explanation);
    },
    unpin(): void {
      d.setBaseline(null);
      void sendMessage('setBaseline', null);
    },
    /** "Forget" the token: also stops a run still using it, and deletes its saved job (nothing is resumed with it). */
    forgetToken(): void {
      if (tabId !== null) void sendMessage('forgetRuns', { tabId, token: token.token }).catch(() => d.setProblem(text('runNoAnswer')));
      token.forget();
    },
  };
  return { actions, notice, setNotice, justRanRef };
}

export type PopupActions = ReturnType<typeof useActions>['actions'];
