import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRequests } from '../../../lib/diff';
import { format } from '../../../lib/i18n';
import { parseScenarioApi, type ScenarioApi } from '../../../lib/request';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

// The UI side of a scenario is what the MAIN-world hook saw; lib/capture turns it into a Submission. To stay independent
// of that folder, these tests read the (form-encoded) UI request with the same reader as a pasted form request.
function load(name: string) {
  const s = JSON.parse(readFileSync(`${SHARED_SCENARIOS}/${name}.json`, 'utf8')) as {
    ui: { url: string; body: string }[];
    api: ScenarioApi;
  };
  const ui = parseScenarioApi({ form: { url: s.ui[0]!.url, body: s.ui[0]!.body } });
  const api = parseScenarioApi(s.api);
  if (!ui.ok || !api.ok) throw new Error('scenario does not parse');
  return diffRequests(ui.request, api.request);
}

describe('shared scenarios', () => {
  it('seed user B: the hidden WhatsApp Business phone-number id comes first', () => {
    const d = load('seed-user-b-hidden-number-id');
    expect(d.entries[0]).toMatchObject({
      path: 'promoted_object.whats_app_business_phone_number_id',
      kind: 'only_ui',
      category: 'identifier',
      important: true,
      ui: '501234567890123',
    });
    expect(format(d.entries[0]!.why, 'en')).toMatch(/^promoted_object\.whats_app_business_phone_number_id: a WhatsApp Business phone-number id/);
    expect(format(d.entries[0]!.why, 'ru')).toMatch(/идентификатор номера WhatsApp Business/);
    expect(d.summary.important).toBe(1);
    expect(d.entries.find((e) => e.path === 'api_version')).toMatchObject({ kind: 'different', ui: 'v22.0', api: 'v20.0' });
    expect(d.entries.find((e) => e.path === 'promoted_object.whatsapp_phone_number')).toMatchObject({
      kind: 'equivalent',
      e164: { ui: '+77006353580', api: '+77006353580' },
    });
    expect(d.transport.ui).toEqual(expect.arrayContaining(['fb_dtsg', '__user', '_reqName', 'locale', 'suppress_http_code']));
  });

  it.each([['seed-user-a-works'], ['page-number-personal']])('%s: no important difference', (name) => {
    const d = load(name);
    expect(d.summary.important).toBe(0);
    expect(d.entries.filter((e) => e.important).every((e) => e.kind === 'equivalent')).toBe(true);
    expect(d.entries.find((e) => e.path === 'promoted_object.page_id')).toMatchObject({ kind: 'equivalent' });
  });
});
