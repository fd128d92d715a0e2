import { ScenarioSchema } from '../../lib/scenario';
import { directChainPublish, draftChainPublish } from '../../testkit/chain-publish';
import { openWorld } from '../../testkit/simulated-ads-manager';
import { expect, extensionId, launch, test } from './fixtures';

// A whole Click-to-WhatsApp chain through the real hook: Ads Manager's draft (multi-fragments with the campaign, the
// ad set and an ad whose creative is inline, then the publish) and the same chain as direct POSTs. The popup lists
// each publish as its chain, parent first, with the level that failed marked in words.
const SESSION = { accessToken: 'EAABsbCS1iHgBAFakeAdsManagerSessionToken7ZDZD', userId: '100012345678901', fbDtsg: 'NAcFakeDtsgToken:12:1732450000' };
// Graph blames the ad's inline creative (its call-to-action): the creative is the level to diagnose first.
const CREATIVE_ERROR = {
  message: 'Invalid parameter',
  type: 'OAuthException',
  code: 100,
  error_subcode: 1487390,
  error_data: JSON.stringify({ blame_field_specs: [['creative', 'object_story_spec', 'link_data', 'call_to_action']] }),
  fbtrace_id: 'AChainTrace1',
};
const AD_ERROR = { message: 'Invalid parameter', type: 'OAuthException', code: 100, error_subcode: 33, fbtrace_id: 'AChainTrace2' };

const scenario = ScenarioSchema.parse({
  name: 'a CTWA chain published twice: as a draft (creative fails) and as direct POSTs (ad fails)',
  ui: [...draftChainPublish({ session: SESSION, error: CREATIVE_ERROR }), ...directChainPublish({ session: SESSION, error: AD_ERROR })],
  api: { curl: "curl -X POST 'https://graph.facebook.com/v22.0/act_1187654321098765/ads' -d name=x" },
  token: 'EAABsbCS1iHgBAFakeUserToken7ZDZD',
  graph: {},
});

test('each publish is listed as its chain, campaign → ad set → ad → creative, the failed level marked; ad sets stay comparable', async ({ context, extensionId }, info) => {
  const { popup } = await openWorld(context, extensionId, scenario);

  const chains = popup.getByTestId('chain');
  await expect(chains).toHaveCount(2);
  // Newest first: the direct POSTs, whose ad failed; then the draft, whose creative Graph blamed.
  await expect(chains.nth(0)).toHaveAttribute('data-failed-level', 'ad');
  await expect(chains.nth(1)).toHaveAttribute('data-failed-level', 'creative');

  const draft = chains.nth(1);
  const objects = draft.getByTestId('chain-object');
  await expect(objects).toHaveCount(4);
  expect(await objects.evaluateAll((els) => els.map((e) => [e.getAttribute('data-level'), e.getAttribute('data-status')]))).toEqual([
    ['campaign', 'published'],
    ['adset', 'published'],
    ['ad', 'failed'],
    ['creative', 'failed'],
  ]);
  await expect(draft.getByTestId('chain-summary')).toHaveText('Failed at: Creative');
  const creative = draft.locator('[data-testid=chain-object][data-level=creative]');
  await expect(creative).toHaveAttribute('data-failed-level', 'true');
  await expect(creative.getByTestId('chain-failed-here')).toBeVisible();
  await expect(creative.locator('[data-field=call_to_action]')).toHaveText('WHATSAPP_MESSAGE → WHATSAPP');
  await expect(creative.locator('[data-field=page_id]')).toHaveText('734116649781310');
  await expect(creative).toContainText('written inside the ad');
  await expect(draft.locator('[data-testid=chain-object][data-level=ad]')).toHaveAttribute('data-failed-level', 'false');

  const direct = chains.nth(0);
  expect(await direct.getByTestId('chain-object').evaluateAll((els) => els.map((e) => [e.getAttribute('data-level'), e.getAttribute('data-status')]))).toEqual([
    ['campaign', 'published'],
    ['adset', 'published'],
    ['ad', 'failed'],
    ['creative', 'published'],
  ]);
  await expect(direct.locator('[data-testid=chain-object][data-level=ad]')).toContainText('error 100 / 33');
  await expect(direct.locator('[data-testid=chain-object][data-level=campaign] [data-field=objective]')).toHaveText('OUTCOME_ENGAGEMENT');

  // The ad set flow is unchanged: the two ad sets are the capture list's, and choosing one from its chain by keyboard
  // selects it there.
  await expect(popup.locator('[data-testid=capture-item][data-kind=submission]')).toHaveCount(2);
  const compare = draft.getByRole('button', { name: 'Compare this ad set' });
  await compare.focus();
  await popup.keyboard.press('Enter');
  await expect(compare).toHaveAttribute('aria-pressed', 'true');
  const chosen = popup.locator('[data-testid=capture-item][data-kind=submission].selected');
  await expect(chosen).toHaveCount(1);
  await expect(chosen.locator('[data-field=page_id]')).toHaveText('734116649781310');

  // Nothing secret reached what the popup shows.
  const text = await popup.locator('body').innerText();
  for (const secret of [SESSION.accessToken, SESSION.fbDtsg]) expect(text).not.toContain(secret);
  await popup.screenshot({ path: info.outputPath('popup-chains.png'), fullPage: true });
});

test('in Russian, the chain names its levels and the failed one', async () => {
  const context = await launch({ lang: 'ru' });
  try {
    const id = await extensionId(context);
    const { popup } = await openWorld(context, id, ScenarioSchema.parse({ ...scenario, ui: draftChainPublish({ error: CREATIVE_ERROR }) }));
    const chain = popup.getByTestId('chain');
    await expect(chain).toHaveCount(1);
    await expect(chain.getByTestId('chain-summary')).toHaveText('Сбой на уровне: Креатив');
    await expect(chain.getByTestId('chain-failed-here')).toHaveText('сбой здесь: диагностируйте этот уровень первым');
    await expect(chain.locator('[data-testid=chain-object][data-level=campaign] .level-name')).toHaveText('Кампания');
    await expect(chain.getByRole('button', { name: 'Сравнить эту группу объявлений' })).toBeVisible();
  } finally {
    await context.close();
  }
});
