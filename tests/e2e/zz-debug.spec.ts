import path from 'node:path';
import { loadScenarioFile } from '../../testkit/load-scenario-file';
import { explainInPopup, openWorld } from '../../testkit/simulated-ads-manager';
import { expect, test } from './fixtures';

const worlds = ['validates-ok-graphql-ui.json', 'extra-field-id-rejected-2446886.json', 'rate-limit-17-buc-usage.json', 'seed-user-b-hidden-number-id.json'];
for (const w of worlds) {
  test(`debug ${w}`, async ({ context, extensionId }) => {
    const r = await loadScenarioFile(path.resolve('tests/fixtures/scenarios', w));
    if (!r.ok) throw new Error(r.error);
    const scenario = r.scenario;
    const { popup, hits } = await openWorld(context, extensionId, scenario);
    await expect(popup.getByTestId('capture-item').first()).toBeVisible();
    await explainInPopup(popup, scenario);
    const top = await popup.getByTestId('finding').first().getAttribute('data-finding-id');
    if (top === 'token-invalid') {
      const tokenValue = await popup.getByTestId('token-input').inputValue();
      console.log('TOKEN-INVALID', w, 'input=', tokenValue === scenario.token ? 'same' : JSON.stringify(tokenValue.slice(0, 12)) + ` len ${tokenValue.length} vs ${scenario.token!.length}`);
      for (const h of hits) {
        const body = h.body ?? '';
        const m = /access_token=([^&]*)/.exec(body) ?? /access_token=([^&]*)/.exec(h.url);
        const tok = m ? decodeURIComponent(m[1]!) : null;
        console.log('  HIT', h.method, h.url.slice(0, 80), 'bodyLen', body.length, 'hasBody', h.body !== null, 'token', tok === null ? 'NONE' : tok === scenario.token ? 'same' : JSON.stringify(tok.slice(0, 14)), 'auth', h.headers['authorization'] ? 'yes' : 'no');
      }
      const findings = await popup.getByTestId('finding').first().innerText();
      console.log(findings.slice(0, 600));
    }
    expect(top).not.toBe('token-invalid');
  });
}
