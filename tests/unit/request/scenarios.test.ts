import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelOf } from '../../../lib/model';
import { parseScenarioApi, readScenarioApi, type ScenarioApi } from '../../../lib/request';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

const DIRS = [SHARED_SCENARIOS, join(__dirname, '../../fixtures/scenarios')];
const scenarios = DIRS.flatMap((dir) => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as { api: ScenarioApi; token: string }] as const);
  } catch {
    return [];
  }
});

describe('scenario API requests parse, with the token extracted', () => {
  it('there are scenarios to read', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
  });

  // Pasted code (`api.text`) leaves computed values to Ads Manager: checked below and by the explain tests.
  it.each(scenarios.filter(([, s]) => s.api.text === undefined))('%s', (_file, scenario) => {
    const r = parseScenarioApi(scenario.api);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.token).toBe(scenario.token);
    expect(JSON.stringify(r.request)).not.toContain(scenario.token);
    expect(r.request.apiVersion).toMatch(/^v\d+\.\d+$/);
    expect(r.request.adAccountId).toMatch(/^\d+$/);
    // Every level of the Click-to-WhatsApp chain names what makes it one (issue 17).
    const level = levelOf(r.request);
    if (level === 'adset') {
      expect(r.request.fields).toHaveProperty('promoted_object.page_id');
      expect(r.request.fields).toHaveProperty('destination_type', 'WHATSAPP');
    } else if (level === 'creative') expect(r.request.fields).toHaveProperty('object_story_spec.page_id');
    else if (level === 'ad') expect(r.request.fields).toHaveProperty('creative.object_story_spec.page_id');
    else expect(r.request.fields).toHaveProperty('objective');
  });
});

describe('scenario API requests pasted as code (api.text)', () => {
  const code = scenarios.filter(([, s]) => s.api.text !== undefined);
  it('there are worlds in at least four languages', () => {
    expect(code.length).toBeGreaterThanOrEqual(4);
  });
  it.each(code)('%s: read with its computed fields listed', async (_file, scenario) => {
    const r = await readScenarioApi(scenario.api);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.format).toMatch(/^sdk-/);
    expect(r.request.fields).toHaveProperty('promoted_object.page_id');
    expect(r.request.fields).toHaveProperty('destination_type', 'WHATSAPP');
    expect(r.unresolved.map((u) => u.name)).toEqual(expect.arrayContaining(['name', 'campaign_id', 'ad_account_id']));
  });
});

describe('parseScenarioApi forms', () => {
  const url = 'https://graph.facebook.com/v20.0/act_5/adsets';
  it.each([
    [{ json: { url, body: { name: 'x', promoted_object: { page_id: '1' } } } }, 'json', { name: 'x', promoted_object: { page_id: '1' } }],
    [{ json: { body: '{"name": "x"}' } }, 'json', { name: 'x' }],
    [{ form: { url, body: 'name=x&promoted_object=%7B%22page_id%22%3A%221%22%7D' } }, 'form', { name: 'x', promoted_object: { page_id: '1' } }],
    [{ curl: `curl ${url} -d name=x` }, 'curl', { name: 'x' }],
  ] as [ScenarioApi, string, object][])('%j', (api, format, fields) => {
    expect(parseScenarioApi(api)).toMatchObject({ ok: true, format, request: { fields } });
  });

  it.each([[{}], [{ json: { body: [1] } }], [{ json: { body: '{bad' } }]] as [ScenarioApi][])('%j → error', (api) => {
    expect(parseScenarioApi(api).ok).toBe(false);
  });
});
