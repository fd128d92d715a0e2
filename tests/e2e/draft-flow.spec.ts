import path from 'node:path';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import type { Scenario } from '../../lib/scenario';
import { explainInPopup, openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

// Ads Manager's draft flow through the real hook: a fragment created inside a batchedCall (values JSON-encoded as
// adsDraftEncodeFragmentValues does), updated by POST /vNN.0/{fragment_id}, then published.
const OWN = path.resolve('tests/fixtures/scenarios');
const BOOKKEEPING = ['acting_business_id', 'parentAdObjectID', 'placement', 'is_autobid', 'targeting_as_signal', 'campaign_creation_source', 'is_average_price_pacing'];

async function load(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(path.join(OWN, file));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

test('batched create → update → publish is ONE ad set; against the identical API request nothing differs and no bookkeeping shows', async ({ context, extensionId }, info) => {
  const scenario = await load('draft-flow-identical-request-validates.json');
  const { popup } = await openWorld(context, extensionId, scenario);

  const items = popup.locator('[data-testid=capture-item][data-kind=submission]');
  await expect(items).toHaveCount(1);
  const adset = items.first();
  await expect(adset.getByTestId('adset-outcome')).toHaveAttribute('data-status', 'in_progress');
  await expect(adset.locator('[data-field=whats_app_business_phone_number_id]')).toHaveText('501234567890123');

  // Its history: which request set which field.
  await adset.getByTestId('adset-history').locator('summary').click();
  await expect(adset.getByTestId('history-step')).toHaveCount(3);
  await expect(adset.getByTestId('history-step').nth(0)).toHaveAttribute('data-kind', 'create');
  await expect(adset.getByTestId('history-step').nth(1)).toHaveAttribute('data-kind', 'update');
  await expect(adset.getByTestId('history-step').nth(1)).toContainText('daily_budget');
  await expect(adset.getByTestId('history-step').nth(2)).toHaveAttribute('data-kind', 'publish');
  // Bookkeeping is shown folded, for what it is.
  const bookkeeping = adset.getByTestId('bookkeeping');
  await bookkeeping.locator('summary').click();
  await expect(bookkeeping).toContainText('acting_business_id');
  await expect(bookkeeping).toContainText('parentAdObjectID');
  await popup.screenshot({ path: info.outputPath('popup-assembled-adset.png'), fullPage: true });

  await explainInPopup(popup, scenario);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'validates-ok');
  // Equivalent rows exist (folded away), and nothing else.
  await expect(popup.getByTestId('diff-row')).not.toHaveCount(0);
  await expect(popup.locator('[data-testid=diff-row]:not([data-kind=equivalent])')).toHaveCount(0);
  // The update's budget is the one compared (the create sent 500).
  await expect(popup.locator('[data-testid=diff-row][data-path=daily_budget]')).toContainText('1000');
  await expect(popup.locator('[data-testid=diff-row][data-path=daily_budget]')).not.toContainText('500');
  for (const name of BOOKKEEPING) {
    await expect(popup.locator(`[data-testid=diff-row][data-path^="${name}"]`)).toHaveCount(0);
    await expect(popup.getByTestId('finding').filter({ hasText: name })).toHaveCount(0);
  }
  await popup.screenshot({ path: info.outputPath('popup-result.png'), fullPage: true });
});

test('the update’s hidden phone-number id is what the diagnosis finds and proves', async ({ context, extensionId }) => {
  const scenario = await load('draft-flow-create-update-publish.json');
  const { popup } = await openWorld(context, extensionId, scenario);
  await expect(popup.locator('[data-testid=capture-item][data-kind=submission]')).toHaveCount(1);
  await explainInPopup(popup, scenario);
  const top = popup.getByTestId('finding').first();
  await expect(top).toHaveAttribute('data-finding-id', 'hidden-field');
  await expect(top).toContainText('whats_app_business_phone_number_id');
  await expect(popup.locator('[data-testid=diff-row]:not([data-kind=equivalent])')).toHaveCount(2);
  for (const name of BOOKKEEPING) await expect(popup.locator(`[data-testid=diff-row][data-path^="${name}"]`)).toHaveCount(0);
});
