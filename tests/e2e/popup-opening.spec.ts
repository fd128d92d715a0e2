import { sampleCaptures } from '../../scripts/bench/browser-figures';
import { expect, test } from './fixtures';

/**
 * Issue 16, item 3: the popup reads storage.session once, from <head> (entrypoints/popup-opening.ts), before React
 * renders and before it watches storage. What the background writes in between must still be shown.
 */
test('a capture and a run state written while the popup opens (after its storage read, before its watches) are shown', async ({ context, extensionId }) => {
  const tabId = 424242;
  const [first, second] = sampleCaptures(2);
  await context.serviceWorkers()[0]!.evaluate(
    async ({ tabId, first }) => chrome.storage.session.set({ [`captures:${tabId}`]: [first], [`adsmanager:${tabId}`]: true }),
    { tabId, first },
  );
  const popup = await context.newPage();
  // The background's writes, timed to land just after the opening read (entrypoints/popup/opening-read.ts keeps it
  // under this name) and, without the recording of changes, before the popup watches storage.
  await popup.addInitScript(
    ({ tabId, first, second }) => {
      const wait = () => {
        const opening = (globalThis as { __adsApiInspectorOpening?: { read: Promise<unknown> } }).__adsApiInspectorOpening;
        if (!opening) return void setTimeout(wait, 0);
        void opening.read.then(() =>
          chrome.storage.session.set({
            [`captures:${tabId}`]: [second, first],
            [`run:${tabId}`]: { status: 'running', runId: 'while-opening', stage: 'graph', startedAt: Date.now(), captureId: null },
          }),
        );
      };
      wait();
    },
    { tabId, first, second },
  );
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('capture-item')).toHaveCount(2);
  // No job backs that run: shown, then reported as interrupted (the background settles it once the popup asks)
  // rather than spinning. The progress may be too brief to see.
  await expect(popup.getByTestId('run-error')).toContainText(/interrupted/i, { timeout: 15_000 });
});
