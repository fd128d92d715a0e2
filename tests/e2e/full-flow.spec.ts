import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema } from '../../lib/report';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import type { Scenario } from '../../lib/scenario';
import { explainInPopup, openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

const SHARED = path.resolve('tests/fixtures/scenarios/shared-examples');
const OWN = path.resolve('tests/fixtures/scenarios');
const files = [
  ...readdirSync(SHARED)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(SHARED, f)),
  // Our own worlds: other UI encodings (draft fragments, GraphQL, JSON), other languages, other causes.
  ...[
    'token-expired-463.json',
    'rate-limit-17-buc-usage.json',
    'api-version-draft-fragment-v23.json',
    'validates-ok-graphql-ui.json',
    'hidden-field-json-ui-es.json',
    'extra-field-id-rejected-2446886.json',
    'page-access-granular-excludes-page.json',
  ].map((f) => path.join(OWN, f)),
];

async function load(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

for (const file of files) {
  test(`capture → paste → explain → exports: ${path.basename(file)}`, async ({ context, extensionId }, info) => {
    const scenario = await load(file);
    const { popup, hits } = await openWorld(context, extensionId, scenario);
    await expect(popup.getByTestId('capture-item').first()).toBeVisible();
    await explainInPopup(popup, scenario);

    const top = popup.getByTestId('finding').first();
    // A rare `token-invalid` under load (the simulated Graph answers it only to a token other than the scenario's):
    // on failure, say how each Graph call carried the token, without printing it.
    const carried = hits.map((h) => {
      const sent = /(?:^|&)access_token=([^&]*)/.exec(h.body ?? '')?.[1] ?? /^Bearer (.+)$/i.exec(h.headers['authorization'] ?? '')?.[1];
      const token = sent === undefined ? 'none' : decodeURIComponent(sent) === scenario.token ? 'same' : 'other';
      return `${h.method} ${h.from} body=${h.body === null ? 'null' : h.body.length} token=${token}`;
    });
    await expect(top, `Graph calls: ${carried.join(' | ')}`).toHaveAttribute('data-finding-id', scenario.expect!.top!);
    for (const id of scenario.expect?.not ?? []) {
      await expect(popup.locator(`[data-testid=finding][data-finding-id="${id}"][data-verdict=cause]`)).toHaveCount(0);
      await expect(popup.locator(`[data-testid=finding][data-finding-id="${id}"][data-verdict=likely]`)).toHaveCount(0);
    }
    await popup.screenshot({ path: info.outputPath('popup.png'), fullPage: true });

    const downloads: Record<string, string> = {};
    for (const kind of ['json', 'markdown', 'curl'] as const) {
      const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
      const p = info.outputPath(d.suggestedFilename());
      await d.saveAs(p);
      downloads[kind] = readFileSync(p, 'utf8');
    }
    const report = ReportSchema.parse(JSON.parse(downloads.json!));
    expect(report.findings[0]?.id).toBe(scenario.expect!.top);
    expect(downloads.markdown).toContain('fbtrace');
    expect(downloads.curl).toContain('$ACCESS_TOKEN');
    for (const text of Object.values(downloads)) expect(text).not.toContain(scenario.token!);

    // The token went to graph.facebook.com only, and never in a URL.
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(new URL(h.url).host).toBe('graph.facebook.com');
      expect(h.url).not.toContain(scenario.token!);
    }
  });
}
