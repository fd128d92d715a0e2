import { describe, expect, it } from 'vitest';
import { redactJson, redactText, redactUrl } from '../../../lib/capture';
import { runDiagnosis, type DiagnosisInput, type TransportResponse } from '../../../lib/graph';
import { redactUrl as simRedactUrl } from '../../../testkit/graph-sim';
import { scrubSecrets } from '../../../lib/report';
import { scrubSecrets as scrubFromSecrets, secretScrubber } from '../../../lib/secrets';
import { apiRequestOf, EXAMPLES, loadScenario, SHARED_DIR, uiRequestOf, variantsOf } from '../graph/scenario-requests';

// An app token: `app_id|app_secret`. The id is public; the 32-hex secret must never be kept or shown.
const APP_SECRET = '0123456789abcdef0123456789abcdef';
const APP_TOKEN = `1234567890123|${APP_SECRET}`;
const enc = (s: string, times: number) => Array.from({ length: times }).reduce<string>((x) => encodeURIComponent(x), s);

/** Every way the secret may be echoed: as is, %-encoded 1–4 times, JSON-escaped. */
const ECHOES = [0, 1, 2, 3, 4].flatMap((n) => [`input_token=${enc(APP_TOKEN, n)}`, `debug_token?input_token%3D${enc(APP_TOKEN, n)}`, enc(`access_token=${APP_TOKEN}`, n)]);

describe('one scrubber for every surface', () => {
  it.each(ECHOES)('%s: the app secret is gone from captures, exports and Graph-sim logs alike', (echo) => {
    const surfaces = [
      redactText(`Graph said: ${echo}`),
      redactUrl(`https://graph.facebook.com/v22.0/?x=${echo}`),
      JSON.stringify(redactJson({ error: { message: echo } })),
      JSON.stringify(scrubSecrets({ message: echo })),
      JSON.stringify(scrubFromSecrets({ message: echo }, [APP_TOKEN])),
      simRedactUrl(`https://graph.facebook.com/v22.0/debug_token?${echo}`),
    ];
    for (const s of surfaces) expect(s).not.toMatch(/0123456789abcdef0123456789abcdef/i);
  });

  it('an explicit token is removed however many times it was %-encoded, even with no name beside it', () => {
    const scrub = secretScrubber(['EAAGsome_odd-token.value']);
    for (let n = 0; n <= 4; n++) expect(scrub(`x ${enc('EAAGsome_odd-token.value', n)} y`)).not.toContain('odd-token');
  });

  it('bearer credentials of any case, app tokens included', () => {
    for (const h of [`Bearer ${APP_TOKEN}`, `bearer ${APP_TOKEN}`, `OAuth ${APP_TOKEN}`]) expect(redactText(`x: ${h}`)).not.toContain(APP_SECRET);
  });
});

describe('Graph echoing the token double-%-encoded', () => {
  const scenario = loadScenario(`${SHARED_DIR}/${EXAMPLES[1]}`);
  const api = apiRequestOf(scenario);
  const ui = uiRequestOf(scenario);
  const input: DiagnosisInput = { token: APP_TOKEN, apiVersion: api.apiVersion!, apiRequest: api, uiRequest: ui, variants: variantsOf(api, ui) };

  it('leaves neither the token nor the app secret in Facts (what the popup shows and storage.session keeps)', async () => {
    const echo = enc(enc(APP_TOKEN, 1), 1);
    const error = { message: `(#100) Invalid parameter input_token=${echo}`, error_user_msg: `token ${echo}`, type: 'OAuthException', code: 100, fbtrace_id: 'AxTrace' };
    const transport = async (): Promise<TransportResponse> => ({ status: 400, headers: {}, body: JSON.stringify({ error }) });
    const facts = await runDiagnosis(input, { transport, sleep: async () => {} });
    const json = JSON.stringify(facts);
    expect(json).toContain('AxTrace');
    expect(json).not.toMatch(/0123456789abcdef0123456789abcdef/i);
  });
});
