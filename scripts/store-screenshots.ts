/**
 * Store screenshots (Chrome Web Store: 1280×800) of the extension working on the simulated Ads Manager, in one
 * language: the inspector in a tab ("Open in a tab", a real feature) with the capture and the pasted request, the
 * explanation with its proven fix, the field diff, and the first-run guide. Called by `npm run demo`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Scenario } from '../lib/scenario';
import { ADS_MANAGER_URL, apiText, explainInPopup, extensionId, launch, replayUi, routeScenario, tabIdOf } from '../testkit/simulated-ads-manager';

export const STORE_SIZE = { width: 1280, height: 800 } as const;

/** Scroll so `target` starts near the top of the 1280×800 frame, then take the frame. */
async function frameAt(page: Page, target: Locator | null, file: string): Promise<void> {
  if (target) {
    await target.evaluate((el) => {
      const y = el.getBoundingClientRect().top + window.scrollY - 12;
      window.scrollTo(0, Math.max(0, y));
    });
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.screenshot({ path: file, fullPage: false });
}

export async function storeScreenshots(scenario: Scenario, lang: 'en' | 'ru', outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const context = await launch({ lang: lang === 'en' ? 'en-US' : 'ru' });
  const files: string[] = [];
  const shot = (name: string) => {
    const file = path.join(outDir, `${lang}-${name}.png`);
    files.push(file);
    return file;
  };
  try {
    const id = await extensionId(context);
    await routeScenario(context, scenario);
    const ads = await context.newPage();
    await ads.goto(ADS_MANAGER_URL);
    await replayUi(ads, scenario);
    const tabId = await tabIdOf(context, ads);

    const inspector = await context.newPage();
    await inspector.setViewportSize(STORE_SIZE);
    await inspector.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
    // The tab layout is 1100 px wide at the popup's 13 px text: enlarge it to fill the frame and stay legible.
    await inspector.addStyleTag({ content: 'body.tab { zoom: 1.15; }' });
    await inspector.getByTestId('capture-item').first().waitFor();
    await inspector.getByTestId('api-request-input').fill(apiText(scenario));
    await inspector.getByTestId('request-status').waitFor();
    await frameAt(inspector, null, shot('1-capture-and-request'));

    await explainInPopup(inspector, scenario);
    await frameAt(inspector, inspector.getByTestId('results'), shot('2-explanation'));
    const diff = inspector.getByTestId('diff-row').first();
    if (await diff.count()) await frameAt(inspector, diff.locator('xpath=ancestor::table[1]/..'), shot('3-field-diff'));

    const guide = await context.newPage();
    await guide.setViewportSize(STORE_SIZE);
    await guide.goto(`chrome-extension://${id}/welcome.html`);
    await guide.emulateMedia({ colorScheme: 'dark' });
    await guide.getByRole('heading', { level: 1 }).waitFor();
    await frameAt(guide, null, shot('4-first-run-guide'));
  } finally {
    await context.close();
  }
  return files;
}
