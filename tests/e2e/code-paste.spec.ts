import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema } from '../../lib/report';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import { openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

/**
 * Python SDK code whose name, campaign, ad account and token come from variables, pasted next to an Ads Manager
 * capture: the computed fields take Ads Manager's values (labelled so), a value the user types wins, and the
 * explanation runs with what was recovered.
 */
test('paste Python SDK code with variables next to a capture → filled from Ads Manager → explained', async ({ context, extensionId }, info) => {
  const loaded = await loadScenarioFile(path.resolve('tests/fixtures/scenarios/code-python-sdk-hidden-number-id.json'));
  if (!loaded.ok) throw new Error(loaded.error);
  const scenario = loaded.scenario;
  const { popup, hits } = await openWorld(context, extensionId, scenario);
  await expect(popup.getByTestId('capture-item').first()).toBeVisible();

  await popup.getByTestId('api-request-input').fill(scenario.api.text!);
  const status = popup.getByTestId('request-status');
  await expect(status).toHaveText('Read as Python SDK code: 9 ad set fields, 3 from Ads Manager (name, campaign_id, ad_account_id).');
  const field = (name: string) => popup.locator(`[data-testid=unresolved-field][data-name="${name}"]`);
  await expect(field('campaign_id')).toHaveAttribute('data-from', 'ads_manager');
  await expect(field('campaign_id').locator('input')).toHaveValue('120234472620180097');
  await expect(field('campaign_id')).toContainText('from Ads Manager');
  await expect(field('ad_account_id').locator('input')).toHaveValue('1187654321098765');
  await expect(field('access_token')).toHaveAttribute('data-from', 'token');

  // The user's own value wins over Ads Manager's.
  await field('name').locator('input').fill('CTWA Almaty');
  await expect(field('name')).toHaveAttribute('data-from', 'user');
  await expect(status).toHaveText('Read as Python SDK code: 9 ad set fields, 2 from Ads Manager (campaign_id, ad_account_id).');

  await popup.getByTestId('token-input').fill(scenario.token!);
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field', { timeout: 30_000 });
  // The diff says which API values came from Ads Manager.
  await popup.getByText(/equivalent fields/i).click();
  await expect(popup.locator('[data-testid=diff-row][data-path=campaign_id] [data-testid=from-ads-manager]')).toBeVisible();
  await expect(popup.locator('[data-testid=diff-row][data-path=name] [data-testid=from-ads-manager]')).toHaveCount(0);

  await popup.screenshot({ path: info.outputPath('popup-code.png'), fullPage: true });
  if (process.env.SCREENSHOT_COPY) copyFileSync(info.outputPath('popup-code.png'), process.env.SCREENSHOT_COPY);

  const [json] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const jsonPath = info.outputPath(json.suggestedFilename());
  await json.saveAs(jsonPath);
  const report = ReportSchema.parse(JSON.parse(readFileSync(jsonPath, 'utf8')));
  expect(report.api.format).toBe('sdk-python');
  expect(report.api.request.fields).toMatchObject({ name: 'CTWA Almaty', campaign_id: '120234472620180097' });
  expect(report.api.filled).toEqual([
    { name: 'name', source: "f'CTWA {city}'", from: 'user' },
    { name: 'campaign_id', source: 'campaign_id', from: 'ads_manager' },
    { name: 'ad_account_id', source: 'ad_account_id', from: 'ads_manager' },
  ]);
  const [md] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-markdown').click()]);
  const mdPath = info.outputPath(md.suggestedFilename());
  await md.saveAs(mdPath);
  expect(readFileSync(mdPath, 'utf8')).toContain('- `campaign_id` ← `campaign_id`: from Ads Manager');

  // The validate_only runs used the filled ad account.
  expect(hits.some((h) => decodeURIComponent(h.body ?? '').includes('act_1187654321098765/adsets'))).toBe(true);
});
