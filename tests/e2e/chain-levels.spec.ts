import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema } from '../../lib/report';
import type { Scenario } from '../../lib/scenario';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import { explainInPopup, openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

// Issue 17 through the popup: Ads Manager publishes an ad set, a creative and an ad naming both; the user pastes
// their own creative (`POST act_X/adcreatives`) whose WhatsApp call to action lacks `value.app_destination`. The
// explanation compares it with Ads Manager's creative of that publish and proves the fix with a dry run of the
// creative inline in an ad under the publish's ad set (Graph has no validate_only for creatives).

const WORLD = path.resolve('tests/fixtures/scenarios/creative-whatsapp-cta-without-destination.json');
const CTA = 'object_story_spec.link_data.call_to_action.value.app_destination';

async function load(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

test("a creative failure is shown next to Ads Manager's creative, at the creative level, in the popup and the exports", async ({ context, extensionId }, info) => {
  const scenario = await load(WORLD);
  const { popup, hits } = await openWorld(context, extensionId, scenario);
  await expect(popup.getByTestId('capture-item').first()).toBeVisible();
  await explainInPopup(popup, scenario);
  // The pasted request is read as a creative, not as an ad set.
  await expect(popup.getByText(/Read as .*: a creative, \d+ fields\./)).toBeVisible();

  const top = popup.getByTestId('finding').first();
  await expect(top).toHaveAttribute('data-finding-id', 'hidden-field');
  await expect(top).toHaveAttribute('data-verdict', 'cause');
  await expect(top).toHaveAttribute('data-level', 'creative');
  await expect(top.getByTestId('finding-level')).toHaveText('creative');
  await expect(top).toContainText(CTA);

  // Ads Manager's creative beside the user's: the destination only Ads Manager wrote.
  const row = popup.locator(`[data-testid=diff-row][data-path="${CTA}"]`);
  await expect(row).toHaveAttribute('data-kind', 'only_ui');
  await expect(row).toContainText('WHATSAPP');
  await popup.screenshot({ path: info.outputPath('popup-creative.png'), fullPage: true });

  // One batch; the creative was dry-run inline in an ad under the publish's ad set, never created.
  const batches = hits.filter((h) => h.body?.includes('batch='));
  expect(batches).toHaveLength(1);
  const items = JSON.parse(new URLSearchParams(batches[0]!.body!).get('batch')!) as { relative_url: string; body?: string }[];
  const dryRuns = items.filter((i) => i.relative_url.endsWith('act_1187654321098765/ads'));
  expect(dryRuns.length).toBeGreaterThan(0);
  for (const d of dryRuns) {
    const body = new URLSearchParams(d.body);
    expect(body.get('execution_options')).toBe('["validate_only"]');
    expect(body.get('adset_id')).toBe('120235999999990011');
    expect(JSON.parse(body.get('creative')!)).toHaveProperty('object_story_spec');
  }
  expect(items.some((i) => i.relative_url.includes('/adcreatives'))).toBe(false);

  const downloads: Record<string, string> = {};
  for (const kind of ['json', 'markdown'] as const) {
    const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
    const p = info.outputPath(d.suggestedFilename());
    await d.saveAs(p);
    downloads[kind] = readFileSync(p, 'utf8');
  }
  const report = ReportSchema.parse(JSON.parse(downloads.json!));
  expect(report.findings.every((f) => f.level === 'creative')).toBe(true);
  expect(report.findings[0]!.minimalFix).toEqual([{ path: CTA, op: 'add', value: 'WHATSAPP' }]);
  expect(downloads.markdown).toMatch(/\*\*Level:\*\* creative|\*\*Уровень:\*\* креатив/);
  for (const text of Object.values(downloads)) expect(text).not.toContain(scenario.token!);
});
