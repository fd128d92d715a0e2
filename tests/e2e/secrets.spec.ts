import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import type { Scenario } from '../../lib/scenario';
import { ADS_MANAGER_URL, apiText, explainInPopup, extensionId, launch, openPopup, replayUi, routeScenario, tabIdOf } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { SDK_APP_SECRET, tokenForms } from '../token-forms';

test.describe.configure({ mode: 'serial' });

// Unique strings: the test fails if either turns up anywhere it must not.
const TOKEN = `EAAGSecretTokenForLeakCheck${Date.now()}ZDZD`;
const DTSG = `NAcSecretDtsgForLeakCheck${Date.now()}:12:1732450000`;

async function world(): Promise<Scenario> {
  const r = await loadScenarioFile('tests/fixtures/scenarios/shared-examples/seed-user-b-hidden-number-id.json');
  if (!r.ok) throw new Error(r.error);
  const s = r.scenario;
  return {
    ...s,
    token: TOKEN,
    api: { curl: s.api.curl!.replace(s.token!, TOKEN) },
    ui: s.ui.map((u) => ({ ...u, body: u.body?.replace(/fb_dtsg=[^&]+/, `fb_dtsg=${encodeURIComponent(DTSG)}`) ?? null })),
  };
}

test('the token and fb_dtsg never leak: storage after "forget", exports, console, badge, downloads; the token goes only to graph.facebook.com', async () => {
  const downloads = mkdtempSync(path.join(tmpdir(), 'aai-downloads-'));
  const context = await launch({ downloadsPath: downloads });
  try {
    const id = await extensionId(context);
    const s = await world();
    expect(apiText(s)).toContain(TOKEN);
    const console: string[] = [];
    context.on('console', (m) => console.push(m.text()));
    const sw = context.serviceWorkers()[0]!;
    sw.on('console', (m) => console.push(m.text()));
    const { hits } = await routeScenario(context, s);

    const ads = await context.newPage();
    await ads.goto(ADS_MANAGER_URL);
    await replayUi(ads, s);
    const popup = await openPopup(context, id, ads);
    await popup.getByTestId('capture-item').first().waitFor();
    await popup.getByTestId('token-remember').check();
    // The token comes from the pasted cURL (and is removed from the request).
    await popup.getByTestId('api-request-input').fill(apiText(s));
    await expect(popup.getByTestId('token-input')).toHaveValue(TOKEN);
    await explainInPopup(popup, s, { token: TOKEN });
    await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');

    const exported: string[] = [];
    for (const kind of ['json', 'markdown', 'curl'] as const) {
      const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
      const p = path.join(downloads, d.suggestedFilename());
      await d.saveAs(p);
      exported.push(readFileSync(p, 'utf8'));
    }
    expect(exported.join('\n')).toContain('whats_app_business_phone_number_id');
    // The replayable scenario too (its preview, then the saved file), with ids masked and without.
    await popup.getByTestId('export-scenario').click();
    for (const mask of [true, false]) {
      await popup.getByTestId('scenario-mask-ids').setChecked(mask);
      await expect(popup.getByTestId('scenario-preview')).toHaveValue(mask ? /"9\d{14}"/ : /734116649781310/);
      const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('scenario-save').click()]);
      const p = path.join(downloads, `scenario-${mask}-${d.suggestedFilename()}`);
      await d.saveAs(p);
      const scenario = readFileSync(p, 'utf8');
      expect(scenario).toContain('"graph"');
      exported.push(scenario, await popup.getByTestId('scenario-preview').inputValue());
    }

    // While remembered the token may live in storage.session (and only there); "forget" removes it.
    const dump = () =>
      sw.evaluate(async () => ({ session: JSON.stringify(await chrome.storage.session.get(null)), local: JSON.stringify(await chrome.storage.local.get(null)) }));
    expect((await dump()).local).not.toContain(TOKEN);
    await popup.getByTestId('token-forget').click();
    await expect(popup.getByTestId('token-input')).toHaveValue('');
    await expect.poll(async () => (await dump()).session.includes(TOKEN)).toBe(false);
    const after = await dump();

    const tabId = await tabIdOf(context, ads);
    const badge = await sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
    const files = readdirSync(downloads).map((f) => readFileSync(path.join(downloads, f), 'utf8'));

    const places: Record<string, string> = {
      'storage.session': after.session,
      'storage.local': after.local,
      exports: exported.join('\n'),
      'downloaded files': files.join('\n'),
      console: console.join('\n'),
      badge,
      'popup text': await popup.locator('body').innerText(),
    };
    for (const [where, content] of Object.entries(places)) {
      for (const secret of [TOKEN, DTSG, encodeURIComponent(DTSG)]) expect(content, `${secret.slice(0, 12)}… in ${where}`).not.toContain(secret);
    }
    expect(after.session.length).toBeGreaterThan(1000);

    // Where the token did go: graph.facebook.com only, never in a URL.
    const carrying = hits.filter((h) => JSON.stringify(h).includes(TOKEN));
    expect(carrying.length).toBeGreaterThan(0);
    for (const h of carrying) {
      expect(new URL(h.url).origin).toBe('https://graph.facebook.com');
      expect(h.url).not.toContain(TOKEN);
    }
  } finally {
    await context.close();
  }
});

test.describe('after "Forget", no token form the parser accepts comes back: not in the reopened textarea, not in storage', () => {
  // An app token `app_id|app_secret`: only the secret half is secret, and it is what must not come back.
  const secret = `${Date.now().toString(16).padStart(12, '0')}${'f'.repeat(20)}`;
  const token = `1234567890123|${secret}`;
  let context: BrowserContext;
  let id: string;
  let ads: Page;
  test.beforeAll(async () => {
    context = await launch();
    id = await extensionId(context);
    await routeScenario(context, await world());
    ads = await context.newPage();
    await ads.goto(ADS_MANAGER_URL);
  });
  test.afterAll(async () => {
    await context?.close();
  });

  for (const [form, input] of tokenForms(token)) {
    test(form, async () => {
      const sw = context.serviceWorkers()[0]!;
      const popup = await openPopup(context, id, ads);
      await popup.getByTestId('api-request-input').fill(input);
      await expect(popup.getByTestId('token-input')).toHaveValue(token);
      await popup.getByTestId('token-forget').click();
      await expect(popup.getByTestId('token-input')).toHaveValue('');
      await popup.close();

      const again = await openPopup(context, id, ads);
      await expect(again.getByTestId('api-request-input')).not.toHaveValue('');
      expect(await again.getByTestId('api-request-input').inputValue()).not.toContain(secret);
      expect(await sw.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)))).not.toContain(secret);
      expect(await again.getByTestId('api-request-input').inputValue()).not.toContain(SDK_APP_SECRET);
      expect(await sw.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)))).not.toContain(SDK_APP_SECRET);
      await again.close();
    });
  }
});
