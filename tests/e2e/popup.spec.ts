import type { BrowserContext } from '@playwright/test';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import type { Scenario } from '../../lib/scenario';
import { createSimulatedGraph } from '../../testkit/graph-sim';
import { ADS_MANAGER_URL, apiText, cors, explainInPopup, launch, openPopup, openWorld, replayUi, routeScenario, extensionId as idOf } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

async function scenario(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}
const USER_A = 'tests/fixtures/scenarios/shared-examples/seed-user-a-works.json';
const USER_B = 'tests/fixtures/scenarios/shared-examples/seed-user-b-hidden-number-id.json';

test('outside Ads Manager the popup says what to do', async ({ context, extensionId }) => {
  const other = await context.newPage();
  await other.goto('about:blank');
  const popup = await openPopup(context, extensionId, other);
  await expect(popup.getByTestId('not-ads-manager')).toContainText('Ads Manager');
  await expect(popup.getByTestId('capture-item')).toHaveCount(0);
  // Still usable with a pasted request alone.
  await expect(popup.getByTestId('api-request-input')).toBeVisible();
});

test('bad input gets a precise message, never a blank popup', async ({ context, extensionId }) => {
  const s = await scenario(USER_B);
  const { popup } = await openWorld(context, extensionId, s, { replay: false });
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(e.message));

  await popup.getByTestId('api-request-input').fill(`curl -X POST 'https://graph.facebook.com/v20.0/act_1/adsets' \\\n  -d 'name=x' \\\n  -d "promoted_object={`);
  await expect(popup.getByTestId('request-error')).toContainText(/line 3/i);
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('problem')).toBeVisible();

  await popup.getByTestId('api-request-input').fill(apiText(s).replace(/-d "access_token=[^"]+" \\\n\s*/, ''));
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('problem')).toContainText('token');
  expect(errors).toEqual([]);
});

test('an expired token and an unreachable Graph API are explained, not crashed on', async ({ context, extensionId }) => {
  const s = await scenario('tests/fixtures/scenarios/network-failure.json');
  const { popup } = await openWorld(context, extensionId, s);
  await explainInPopup(popup, s);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', s.expect!.top!);
  await expect(popup.getByTestId('finding').first()).toContainText(/network|Graph/i);
});

test('keyboard only: every control is reachable and the explanation runs from the keyboard', async ({ context, extensionId }) => {
  const s = await scenario(USER_B);
  const { popup } = await openWorld(context, extensionId, s);
  await popup.getByTestId('capture-item').first().waitFor();
  await popup.getByTestId('api-request-input').focus();
  await popup.keyboard.insertText(apiText(s));
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await popup.keyboard.press('Tab');
    reached = await popup.getByTestId('explain-button').evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
  // Every form control has an accessible name.
  const unnamed = await popup.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select, button')]
      .filter((el) => !(el as HTMLElement).closest('[hidden]'))
      .filter((el) => {
        const e = el as HTMLInputElement;
        const label = e.labels?.[0]?.textContent?.trim() || e.getAttribute('aria-label') || (e.tagName === 'BUTTON' ? e.textContent?.trim() : '');
        return !label;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
});

/** Two users, two tokens, one Graph: answer each request from the world of the token it carries. */
async function routeTwoUsers(context: BrowserContext, a: Scenario, b: Scenario) {
  const sims = [createSimulatedGraph(a), createSimulatedGraph(b)];
  await context.route(/^https:\/\/graph\.facebook\.com\//, async (route) => {
    const req = route.request();
    const headers = await req.allHeaders();
    if (req.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors(headers['origin']) });
    const carried = `${headers['authorization'] ?? ''} ${req.postData() ?? ''}`;
    const sim = carried.includes(a.token!) ? sims[0]! : sims[1]!;
    const res = await sim.handle({ method: req.method(), url: req.url(), headers, body: req.postData() });
    return route.fulfill({ status: res.status, headers: { ...res.headers, ...cors(headers['origin']) }, body: res.body });
  });
}

test('working vs failing: user A works, user B fails, and the facts that differ are shown', async ({ context, extensionId }) => {
  const [a, b] = [await scenario(USER_A), await scenario(USER_B)];
  await routeScenario(context, b);
  await routeTwoUsers(context, a, b);
  const ads = await context.newPage();
  await ads.goto(ADS_MANAGER_URL);
  await replayUi(ads, b);
  const popup = await openPopup(context, extensionId, ads);

  await explainInPopup(popup, a);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'validates-ok');
  await popup.getByTestId('compare-pin').click();

  await explainInPopup(popup, b);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
  const rows = popup.getByTestId('compare-row');
  await expect(rows.first()).toBeVisible();
  const paths = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
  expect(paths.join(' ')).toMatch(/validate/);
});

test('Russian: the browser language decides, finding titles and fix steps included', async () => {
  const context = await launch({ lang: 'ru' });
  try {
    const id = await idOf(context);
    const s = await scenario('tests/fixtures/scenarios/shared-examples/page-number-personal.json');
    const { popup } = await openWorld(context, id, s);
    await expect(popup.getByTestId('explain-button')).toHaveText(/Объяснить/);
    await explainInPopup(popup, s);
    const top = popup.getByTestId('finding').first();
    await expect(top).toHaveAttribute('data-finding-id', 'page-number-not-business');
    await expect(top.locator('h3')).toHaveText(/[А-Яа-я]/);
    await expect(top.locator('ol.fix li').first()).toHaveText(/[А-Яа-я]/);
    // No layout break: nothing overflows the popup width with long ids and Cyrillic text.
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } finally {
    await context.close();
  }
});

test('a HAR file is imported: its ad set request is read, its token offered, and the explanation runs', async ({ context, extensionId }) => {
  const s = await scenario(USER_B);
  const { popup } = await openWorld(context, extensionId, s);
  const body = new URLSearchParams({
    access_token: s.token!,
    name: 'Test Ad Set',
    campaign_id: '120234472620180097',
    daily_budget: '1000',
    billing_event: 'IMPRESSIONS',
    optimization_goal: 'CONVERSATIONS',
    destination_type: 'WHATSAPP',
    promoted_object: JSON.stringify({ page_id: '734116649781310', whatsapp_phone_number: '+77006353580' }),
    targeting: JSON.stringify({ geo_locations: { countries: ['KZ'] } }),
    status: 'ACTIVE',
  }).toString();
  const har = {
    log: {
      version: '1.2',
      entries: [
        { startedDateTime: '2026-11-24T10:00:00Z', request: { method: 'GET', url: 'https://graph.facebook.com/v20.0/me', headers: [] }, response: { status: 200 } },
        {
          startedDateTime: '2026-11-24T10:00:01Z',
          request: {
            method: 'POST',
            url: 'https://graph.facebook.com/v20.0/act_1187654321098765/adsets',
            headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
            postData: { mimeType: 'application/x-www-form-urlencoded', text: body },
          },
          response: { status: 400 },
        },
      ],
    },
  };
  await popup.getByTestId('har-input').setInputFiles({ name: 'backend.har', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(har)) });
  await expect(popup.getByTestId('token-input')).toHaveValue(s.token!);
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
  await expect(popup.locator('[data-testid=diff-row][data-path="promoted_object.whats_app_business_phone_number_id"]')).toHaveAttribute('data-kind', 'only_ui');
});

test('number records Ads Manager loaded (GraphQL) reveal the WABA: its numbers are read in the same single batch', async ({ context, extensionId }) => {
  const s = await scenario('tests/fixtures/scenarios/ui-numbers-reveal-waba.json');
  const { popup, hits } = await openWorld(context, extensionId, s);
  await expect(popup.locator('[data-testid=capture-item][data-kind=submission]')).toHaveCount(1);
  // The GraphQL read is listed under "other captures", built when that fold is opened.
  await popup.getByTestId('other-captures').locator('summary').click();
  await expect(popup.locator('[data-testid=capture-item][data-kind=raw]')).toHaveCount(1);
  await explainInPopup(popup, s);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
  const facts = popup.locator('section[aria-labelledby=facts-title]');
  await expect(facts).toContainText('+7 700 635 3580 (501234567890123)');
  await expect(facts).toContainText('792684993372941');
  const batches = hits.filter((h) => h.method === 'POST');
  expect(batches).toHaveLength(1);
  expect(decodeURIComponent(batches[0]!.body ?? '')).toContain('792684993372941/phone_numbers');
});

test('a Graph API that fails once (503) is retried, the popup says so, and the explanation completes', async ({ context, extensionId }) => {
  const s = await scenario(USER_B);
  const { popup, hits } = await openWorld(context, extensionId, s);
  let failed = false;
  // Registered after the scenario's route, so it is asked first; it passes everything else on.
  await context.route(/^https:\/\/graph\.facebook\.com\//, async (route) => {
    if (route.request().method() !== 'POST' || failed) return route.fallback();
    failed = true;
    await new Promise((r) => setTimeout(r, 300));
    return route.fulfill({ status: 503, contentType: 'text/html', body: '<html><body>Service Unavailable</body></html>' });
  });
  await popup.getByTestId('api-request-input').fill(apiText(s));
  await popup.getByTestId('token-input').fill(s.token!);
  await popup.getByTestId('explain-button').click();
  await expect(popup.getByTestId('run-progress')).toContainText(/trying again/i);
  await expect(popup.getByTestId('finding').first()).toHaveAttribute('data-finding-id', 'hidden-field');
  expect(failed).toBe(true);
  expect(hits.filter((h) => h.method === 'POST')).toHaveLength(1);
});
