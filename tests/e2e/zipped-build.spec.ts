import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { encodeAs } from '../../testkit/encode';
import { packageZips, unzipToTemp } from '../../scripts/packages';
import { ctwaAdset, extensionId, launch, openAdsManager, openPopup, routeAdsManager } from './fixtures';

/**
 * What a user installs: the Chrome Web Store zip from `npm run zip`, unpacked (as "Load unpacked" or the store
 * would), not the build folder. It must open the first-run guide on install and capture an Ads Manager submission.
 */
let dir = '';
test.beforeAll(() => {
  dir = unzipToTemp(packageZips().chrome, 'aai-zipped-');
});
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The tab the extension opened by itself on install (it may already be there when we look). */
async function installGuide(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((p) => p.url().endsWith('/welcome.html'));
  await expect.poll(() => find()?.url() ?? '', { message: 'the first-run guide opens on install' }).toMatch(/^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/);
  const page = find()!;
  await page.waitForLoadState();
  return page;
}

test('the zipped Chrome build opens the guide on install and captures an Ads Manager submission', async () => {
  const context = await launch({ extensionPath: dir });
  try {
    const id = await extensionId(context);
    const guide = await installGuide(context);
    await expect(guide.locator('html')).toHaveAttribute('lang', 'en');
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText('Welcome to Ads API Inspector');
    // One tab, opened by the install itself.
    expect(context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);

    await routeAdsManager(context);
    const ads = await openAdsManager(context);
    const adset = ctwaAdset('Zipped build ad set');
    const wire = encodeAs('form', adset, { session: { accessToken: 'EAAZippedBuildToken', userId: '1', fbDtsg: 'dtsg', lsd: 'lsd' } });
    await ads.evaluate(async (w) => {
      await (await fetch(w.url, { method: 'POST', body: w.body, headers: w.headers, credentials: 'include' })).text();
    }, wire);

    const popup = await openPopup(context, id, ads);
    const item = popup.getByTestId('capture-item').and(popup.locator('[data-kind="submission"]'));
    await expect(item).toHaveCount(1);
    const promoted = adset.fields.promoted_object as Record<string, string>;
    await expect(item.locator('[data-field="page_id"]')).toHaveText(promoted.page_id!);
    await expect(item.locator('[data-field="whatsapp_phone_number"]')).toHaveText(promoted.whatsapp_phone_number!);
  } finally {
    await context.close();
  }
});

test('in a Russian browser the zipped build opens the guide in Russian', async () => {
  const context = await launch({ extensionPath: dir, lang: 'ru' });
  try {
    const guide = await installGuide(context);
    await expect(guide.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText('Добро пожаловать в Ads API Inspector');
    await expect(guide).toHaveTitle(/Добро пожаловать/);
    // Every section and every permission's use is Russian text, not a key or English left behind.
    for (const heading of await guide.getByRole('heading', { level: 2 }).allTextContents()) expect(heading).toMatch(/[А-Яа-яЁё]/);
    const uses = guide.getByTestId('welcome-permissions').locator('dd');
    await expect(uses).toHaveCount(6);
    for (const use of await uses.allTextContents()) expect(use).toMatch(/[А-Яа-яЁё]{4}/);
  } finally {
    await context.close();
  }
});
