import { useState } from 'react';
import type { Explanation } from '../../../lib/explain/explanation';
import type { Text } from '../../../lib/i18n/text';
import type { Opening } from './opening';
import { useActions } from './use-actions';
import { useApiRequest } from './use-api-request';
import { useComparison } from './use-comparison';
import { useDraftSaving } from './use-draft-saving';
import { useRevealResults, useRevealStatus } from './use-reveal';
import { useScenarioTools } from './use-scenario-tools';
import { useSelection } from './use-selection';
import { useTabState } from './use-tab-state';
import { useToken } from './use-token';

const NO_CAPTURES: readonly never[] = [];

/**
 * Everything the popup shows and does, for one opening: the hooks wired together so that App.tsx is layout only
 * (the role of Dark Reader's `Connector`).
 */
export function usePopup(open: Opening) {
  const tabId = open.target?.id ?? null;
  const [problem, setProblem] = useState<Text | null>(null);
  /** While this popup's "explain" message is unanswered, its answer (not a check) ends the run shown. */
  const [waiting, setWaiting] = useState(false);
  const { tab, showRun } = useTabState(tabId, open.tab, waiting, setProblem);
  const token = useToken(open.token);
  const selection = useSelection(tab, open.draft?.selectedId);
  const request = useApiRequest(open.draft, selection.selected?.request ?? null, token.offer, setProblem);
  useDraftSaving(
    tabId,
    { apiText: request.apiText, selectedId: selection.selectedId, usingEquivalent: request.usingEquivalent, droppedChars: request.draftDropped },
    token.token,
    request.settled,
    open.draft,
  );
  const [wabaId, setWabaId] = useState('');
  const [baseline, setBaseline] = useState<Explanation | null>(open.baseline);
  const run = tab?.run ?? null;
  const explanation = run?.status === 'done' ? run.explanation : null;
  const comparison = useComparison(baseline, explanation);
  const scenarioTools = useScenarioTools({ run, captures: tab?.captures ?? NO_CAPTURES, token: token.token });
  const { actions, notice, setNotice, justRanRef } = useActions({
    tabId,
    request,
    token,
    selectedId: selection.selectedId,
    hasSelection: selection.selected !== null,
    wabaId,
    explanation,
    showRun,
    setWaiting,
    setProblem,
    setBaseline,
    scenarioForReport: scenarioTools.scenarioForReport,
  });
  const statusRef = useRevealStatus(problem, run);
  const resultsRef = useRevealResults(explanation, justRanRef);
  return { tabId, tabUrl: open.target?.url ?? null, tab, selection, request, token, wabaId, setWabaId, run, explanation, baseline, comparison, problem, notice, setNotice, actions, scenarioTools, statusRef, resultsRef };
}
