import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ReportSchema } from '../../lib/report';
import type { Scenario } from '../../lib/scenario';
import { explainScenario } from '../../testkit/explain-scenario';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import { explainInPopup, openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

const WORLD = 'tests/fixtures/scenarios/shared-examples/seed-user-b-hidden-number-id.json';

async function load(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

test('the popup exports the run as a scenario (preview first), and replaying the file offline gives the popup\'s findings', async ({ context, extensionId }, info) => {
  const scenario = await load(WORLD);
  const { popup } = await openWorld(context, extensionId, scenario);
  await expect(popup.getByTestId('capture-item').first()).toBeVisible();
  await explainInPopup(popup, scenario);
  const cards = popup.locator('[data-testid=finding]');
  await expect(cards.first()).toHaveAttribute('data-finding-id', scenario.expect!.top!);
  const shown = await cards.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-finding-id')}:${e.getAttribute('data-verdict')}`));

  // "This explanation looks wrong": a prefilled report naming the top finding, with a line for what was expected.
  await popup.getByTestId('report-wrong').click();
  const report = popup.getByTestId('wrong-report');
  await expect(report).toHaveValue(new RegExp(`\\(${scenario.expect!.top}\\)`));
  expect(await report.inputValue()).toMatch(/What I expected instead:|Чего я ожидал/);
  // It offers the scenario export: the preview, before anything is saved.
  await popup.getByTestId('wrong-export-scenario').click();
  const preview = popup.getByTestId('scenario-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveJSProperty('readOnly', true);
  const previewText = await preview.inputValue();
  expect(previewText).not.toContain(scenario.token);
  await expect(popup.getByTestId('scenario-size')).toContainText(/KB|КБ/);
  // Ids are kept unless asked: the Page id is in the file, and masking takes it out everywhere.
  expect(previewText).toContain('734116649781310');
  await popup.getByTestId('scenario-mask-ids').check();
  await expect(preview).not.toHaveValue(/734116649781310/);
  await popup.getByTestId('scenario-mask-ids').uncheck();
  await expect(preview).toHaveValue(/734116649781310/);

  const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('scenario-save').click()]);
  const file = info.outputPath(d.suggestedFilename());
  await d.saveAs(file);
  expect(readFileSync(file, 'utf8')).toBe(previewText);

  // What `npm run explain -- --scenario <file>` runs: the same findings, in the same order, with the same verdicts.
  const exported = await load(file);
  expect(exported.expect?.top).toBeUndefined();
  const replay = await explainScenario(exported);
  expect(replay.findings.filter((f) => f.verdict !== 'ruled_out').map((f) => `${f.id}:${f.verdict}`)).toEqual(
    shown.filter((s) => !s.endsWith(':ruled_out')),
  );
  expect(replay.findings[0]?.id).toBe(scenario.expect!.top);
  // And the command itself, as a user or a maintainer runs it on the attached file.
  const cli = JSON.parse(execFileSync('npx', ['tsx', 'scripts/explain.ts', '--scenario', file, '--json'], { encoding: 'utf8' })) as { findings: { id: string }[] };
  expect(cli.findings[0]?.id).toBe(shown[0]!.split(':')[0]);

  // The JSON report carries the same world under `scenario`.
  const [j] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const jsonPath = info.outputPath(j.suggestedFilename());
  await j.saveAs(jsonPath);
  const parsed = ReportSchema.parse(JSON.parse(readFileSync(jsonPath, 'utf8')));
  expect(parsed.scenario?.graph.adsets.length).toBeGreaterThan(0);
  expect(JSON.stringify(parsed)).not.toContain(scenario.token);
});
