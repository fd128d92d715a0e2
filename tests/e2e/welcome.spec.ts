import type { Page } from '@playwright/test';
import { TOKEN_PERMISSIONS } from '../../lib/graph/token-permissions';
import { expect, openAdsManager, openPopup, routeAdsManager, test } from './fixtures';

/**
 * The first-run guide a new user reads before trusting the extension with a token (issue: "Ship it"). The install
 * itself is covered on the zipped build (zipped-build.spec.ts); here: what it says, keyboard use, both themes, and
 * the way back to it from the popup.
 */
async function openGuide(page: Page, id: string): Promise<void> {
  await page.goto(`chrome-extension://${id}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('says what is read, stored and sent, how to get a token, and what each permission is for', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openGuide(page, extensionId);
  const data = page.getByTestId('welcome-data');
  await expect(data).toContainText('adsmanager.facebook.com');
  await expect(data).toContainText('Session only');
  await expect(data).toContainText('Only to https://graph.facebook.com');

  const token = page.getByTestId('welcome-token');
  await expect(token.getByRole('link', { name: /tools\/explorer/ })).toHaveAttribute('href', 'https://developers.facebook.com/tools/explorer/');
  await expect(token.locator('ol.steps > li')).toHaveCount(6);
  const scopes = ['ads_management', 'ads_read', 'business_management', 'pages_read_engagement', 'pages_manage_ads', 'whatsapp_business_management'];
  await expect(page.getByTestId('welcome-scopes').locator('li')).toHaveText(scopes);

  // Every permission asked for is explained, in words (not a message key).
  const rows = page.getByTestId('welcome-permissions').locator('[data-scope]');
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-scope')))).toEqual(scopes);
  for (const p of TOKEN_PERMISSIONS) {
    const use = (await rows.filter({ has: page.locator(`code`, { hasText: new RegExp(`^${p.scope}$`) }) }).locator('dd').textContent()) ?? '';
    expect(use, p.scope).not.toBe(p.usedFor);
    expect(use.split(' ').length, p.scope).toBeGreaterThan(8);
  }
  await expect(page.getByRole('heading', { name: 'For a business: a system user token' })).toBeVisible();
});

test('keyboard: the contents links move to their section, focus is visible, the outside link is reachable', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openGuide(page, extensionId);
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveText('What it reads, stores and sends');
  expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  // Tab to the third contents link and follow it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('What each permission is for');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#permissions$/);
  await expect(page.locator('#permissions')).toBeInViewport();

  // From the top, the Graph API Explorer link is reached by Tab alone (contents links, then the first step's link).
  const fresh = await context.newPage();
  await openGuide(fresh, extensionId);
  for (let i = 0; i < 6; i++) await fresh.keyboard.press('Tab');
  await expect(fresh.locator(':focus')).toHaveAttribute('href', 'https://developers.facebook.com/tools/explorer/');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} theme follows the system and keeps text readable and at reading size`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await openGuide(page, extensionId);
    const colours = await page.evaluate(() => {
      const bg = getComputedStyle(document.body).backgroundColor;
      const pick = (sel: string) => getComputedStyle(document.querySelector(sel)!).color;
      return { bg, text: pick('dd'), muted: pick('.note'), link: pick('nav a'), heading: pick('h1') };
    });
    // Chrome shrinks extension pages' body text to 75 %: the guide must still be read at a normal size.
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('dd')!).fontSize))).toBeGreaterThanOrEqual(15);
    const dark = contrast(colours.bg, 'rgb(0, 0, 0)') < contrast(colours.bg, 'rgb(255, 255, 255)');
    expect(dark, `background ${colours.bg}`).toBe(scheme === 'dark');
    for (const [what, colour] of Object.entries(colours)) {
      if (what !== 'bg') expect(contrast(colour, colours.bg), `${what} ${colour} on ${colours.bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}

test('the popup links to the guide while no token is entered', async ({ context, extensionId }) => {
  await routeAdsManager(context);
  const ads = await openAdsManager(context);
  const popup = await openPopup(context, extensionId, ads);
  const link = popup.getByTestId('guide-link');
  await expect(link).toHaveText('How to get a token, and what the extension does with it');
  const [guide] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(guide).toHaveURL(`chrome-extension://${extensionId}/welcome.html`);
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText('Welcome to Ads API Inspector');

  await popup.getByTestId('token-input').fill('EAAWelcomeLinkToken');
  await expect(link).toHaveCount(0);
  await popup.getByTestId('token-forget').click();
  await expect(link).toBeVisible();
});
