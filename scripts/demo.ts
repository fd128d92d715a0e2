/**
 * `npm run demo [-- --scenario <file.json>] [--no-build]`: build the extension and run it on a simulated Ads Manager.
 *
 * With a display (DISPLAY set): opens Chromium with the extension, the simulated Ads Manager tab (its ad set
 * submission already captured: see the badge) and the inspector in a tab; you drive it. Without a display: drives
 * the whole flow itself — capture → paste the API request → token → "Explain why the API fails" — saves
 * screenshots of the popup and every export under demo-output/, and prints the explanation; then makes the store
 * listing's 1280×800 screenshots in English and Russian under demo-output/store/ (scripts/store-screenshots.ts).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from '../lib/i18n';
import { loadScenarioFile } from '../testkit/load-scenario-file';
import { ADS_MANAGER_URL, explainInPopup, extensionId, launch, openPopup, replayUi, routeScenario } from '../testkit/simulated-ads-manager';
import { storeScreenshots } from './store-screenshots';

const DEFAULT_SCENARIO = 'tests/fixtures/scenarios/seed-user-b-hidden-number-id.json';
const OUT = path.resolve('demo-output');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const file = arg('scenario') ?? DEFAULT_SCENARIO;
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    console.error(`Cannot use ${file}: ${loaded.error}`);
    return 2;
  }
  const scenario = loaded.scenario;
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension (npm run build)…');
    try {
      execSync('npx wxt build', { stdio: 'pipe' });
    } catch (err) {
      console.error((err as { stderr?: Buffer }).stderr?.toString() ?? String(err));
      return 1;
    }
  }
  const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
  mkdirSync(OUT, { recursive: true });
  const context = await launch({ headless: !headed, downloadsPath: OUT });
  const id = await extensionId(context);
  await routeScenario(context, scenario);
  const ads = await context.newPage();
  await ads.goto(ADS_MANAGER_URL);
  await replayUi(ads, scenario);
  console.log(`Scenario: ${scenario.name}`);
  console.log(`Extension loaded from .output/chrome-mv3 (id ${id}); Ads Manager simulated at ${ADS_MANAGER_URL}`);

  const popup = await openPopup(context, id, ads);
  await popup.getByTestId('capture-item').first().waitFor();
  if (headed) {
    console.log('Chromium is open: paste the API request, enter the token and press "Explain why the API fails".');
    console.log(`API request to paste is in the scenario's "api"; token: the scenario's "token". Close the browser to end.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return 0;
  }

  await popup.screenshot({ path: path.join(OUT, 'popup-captured.png'), fullPage: true });
  await explainInPopup(popup, scenario);
  await popup.screenshot({ path: path.join(OUT, 'popup-explained.png'), fullPage: true });
  // What the README shows: the capture, the request, and the top finding with its proof and fix.
  const box = await popup.getByTestId('finding').first().boundingBox();
  await popup.screenshot({ path: path.join(OUT, 'popup-top-finding.png'), fullPage: true, clip: { x: 0, y: 0, width: 640, height: Math.ceil((box?.y ?? 0) + (box?.height ?? 1200)) + 12 } });
  const saved: string[] = [];
  for (const kind of ['json', 'markdown', 'curl'] as const) {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
    const target = path.join(OUT, download.suggestedFilename());
    await download.saveAs(target);
    saved.push(target);
  }
  await context.close();

  const report = JSON.parse(readFileSync(saved[0]!, 'utf8')) as { findings: { id: string; verdict: string; title: { key: string; subs?: string[] }; fix: { key: string; subs?: string[] }[] }[] };
  const top = report.findings[0];
  console.log('\nExplanation (top finding first):');
  for (const f of report.findings.slice(0, 5)) console.log(`  [${f.verdict}] ${f.id}: ${format(f.title)}`);
  if (top) {
    console.log('\nHow to fix:');
    top.fix.forEach((s, i) => console.log(`  ${i + 1}. ${format(s)}`));
  }
  // The store listing's screenshots (1280×800), in both listing languages: docs/store/ says where they go.
  const store: string[] = [];
  for (const lang of ['en', 'ru'] as const) store.push(...(await storeScreenshots(scenario, lang, path.join(OUT, 'store'))));
  console.log(`\nStore screenshots (1280×800): ${store.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  writeFileSync(path.join(OUT, 'README.txt'), `Demo of ${scenario.name}\nScreenshots: popup-captured.png, popup-explained.png\nExports:\n${saved.map((s) => `  ${path.basename(s)}`).join('\n')}\nStore screenshots (1280×800): store/\n`);
  console.log(`\nSaved under ${path.relative(process.cwd(), OUT)}/: popup-captured.png, popup-explained.png, popup-top-finding.png, ${saved.map((s) => path.basename(s)).join(', ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
