import { useCallback, useEffect, useState } from 'react';
import { text, type Text } from '../../../lib/i18n/text';
import type { TabState } from '../../../lib/protocol';
import type { RunState } from '../../../lib/run-state';
import type { Capture } from '../../../lib/model';
import { tabCaptures, tabRun } from '../../../utils/storage-items';
import { PER_TAB, perTabKey } from '../../../utils/storage-keys';
import { sendMessage } from '../messaging';
import { changesSinceOpening } from '../opening-read';
import { whenIdle } from './when-idle';

/** The state shown without the background's answer. */
const NO_STATE: TabState = { adsManager: true, captures: [], run: null };
/** How often a running run whose answer this popup is not waiting for is checked (see below). */
const RUN_CHECK_MS = 4000;

/**
 * A tab's captures and run: first as stored (read when the popup opened, `opening.ts`), then followed live as the
 * background updates them (captures arriving, a run progressing). `waiting`: this popup's "explain" message is
 * unanswered, so its answer (not a check) ends the run shown. `onProblem`: the background does not answer.
 */
export function useTabState(tabId: number | null, stored: TabState | null, waiting: boolean, onProblem: (problem: Text) => void) {
  const [tab, setTab] = useState<TabState | null>(stored);

  /** Show a run state, also when the tab's state never arrived (the run's end must still be shown). */
  const showRun = useCallback((run: RunState | null) => setTab((s) => ({ ...(s ?? NO_STATE), run })), []);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const showCaptures = (captures: Capture[]) => setTab((s) => ({ ...(s ?? NO_STATE), captures, adsManager: true }));
    const stopCaptures = tabCaptures.watch(tabId, showCaptures);
    const stopRun = tabRun.watch(tabId, showRun);
    // What was written between the opening read and these watches: taken in this task, so that nothing can come in
    // between, and shown in a microtask, before any later change the watches deliver (each comes in a task).
    const missed = changesSinceOpening();
    const capturesKey = perTabKey(PER_TAB.captures, tabId);
    const runKey = perTabKey(PER_TAB.run, tabId);
    queueMicrotask(() => {
      if (!live) return;
      if (missed.has(capturesKey)) showCaptures((missed.get(capturesKey) as Capture[] | undefined) ?? []);
      if (missed.has(runKey)) showRun((missed.get(runKey) as RunState | undefined) ?? null);
    });
    // Asked once the stored state is on screen and the page is idle (its answer carries every capture again): the
    // background settles a run it no longer has (reported as interrupted), and a background that does not answer
    // is said, not shown as a popup whose button does nothing.
    const ask = () =>
      void sendMessage('getTabState', tabId)
        .then((state) =>
          setTab((s) => {
            if (!s) return state;
            // Only the answer about the run shown (settled as interrupted) is taken: an answer sent before a newer
            // run was stored must not hide it. Everything else the storage watch delivers.
            const settled = state.run?.status === 'failed' && s.run?.status === 'running' && s.run.startedAt === state.run.startedAt;
            return settled ? { ...s, run: state.run } : s;
          }),
        )
        .catch(() => {
          if (!live) return;
          onProblem(text('runNoAnswer'));
          setTab((s) => s ?? NO_STATE);
        });
    const cancel = whenIdle(ask);
    return () => {
      live = false;
      cancel();
      stopCaptures();
      stopRun();
    };
    // onProblem is called once per tab: a new callback identity must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabId, showRun]);

  // A run shown as running whose answer this popup is not waiting for (a reopened popup, or one whose message was
  // lost with a stopped worker: only the storage watch would end it) is checked now and then. The background reports
  // a run it no longer has as interrupted, and a background that stops answering is said. Without this, a lost run
  // would spin for ever. (While the answer is awaited the run may be one storage could not record: not checked.)
  const running = tab?.run?.status === 'running' && !waiting;
  useEffect(() => {
    if (!running || tabId === null) return;
    let misses = 0;
    const timer = setInterval(() => {
      void sendMessage('getTabState', tabId)
        .then((state) => {
          misses = 0;
          if (state.run?.status !== 'running') showRun(state.run ?? { status: 'failed', error: text('runInterrupted'), startedAt: Date.now() });
        })
        .catch(() => {
          if (++misses >= 3) showRun({ status: 'failed', error: text('runNoAnswer'), startedAt: Date.now() });
        });
    }, RUN_CHECK_MS);
    return () => clearInterval(timer);
  }, [running, tabId, showRun]);

  return { tab, showRun };
}
