import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBundles } from '../../../lib/explain';
import { explainScenario } from '../../../testkit/explain-scenario';
import { parseScenario, type Scenario } from '../../../lib/scenario';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

const load = (path: string): Scenario => {
  const r = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
};
const NOW = () => 1_700_000_000_000;

describe('compareBundles: user A works, user B fails', () => {
  it('names the facts that differ, with both values, sources and why', async () => {
    const a = await explainScenario(load(`${SHARED_SCENARIOS}/seed-user-a-works.json`), { now: NOW });
    const b = await explainScenario(load(`${SHARED_SCENARIOS}/page-number-personal.json`), { now: NOW });
    const diffs = compareBundles(a, b);
    const byPath = new Map(diffs.map((d) => [d.path, d]));
    expect(byPath.get('page.has_whatsapp_business_number')).toMatchObject({
      working: true,
      failing: false,
      sources: { working: { itemId: 'page_whatsapp', field: 'has_whatsapp_business_number' }, failing: { itemId: 'page_whatsapp' } },
      why: { key: 'explain_cmp_page_business' },
    });
    expect(byPath.get('validate.validate_api')).toMatchObject({ working: 'success', failing: 'error 100/2446885' });
    expect(byPath.get('findings.top')).toMatchObject({ working: 'validates-ok (cause)', failing: 'page-number-not-business (cause)' });
    // Same scopes, same versions, same promoted_object keys: not differences. Different Page ids are identities, not compared.
    expect([...byPath.keys()]).not.toEqual(expect.arrayContaining(['token.scopes']));
    expect(diffs.some((d) => d.path.includes('page_id'))).toBe(false);
  });

  it('scopes, promoted_object keys and validate_only results differ between seed user B and the hidden-id fix', async () => {
    const b = await explainScenario(load(`${SHARED_SCENARIOS}/seed-user-b-hidden-number-id.json`), { now: NOW });
    const s = load(`${__dirname}/../../fixtures/scenarios/token-missing-ads-management.json`);
    const t = await explainScenario(s, { now: NOW });
    const paths = compareBundles(b, t).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['token.scopes', 'permissions.declined', 'validate.validate_ui', 'ui.promoted_object.keys']));
  });

  it('identical bundles → no differences', async () => {
    const a = await explainScenario(load(`${SHARED_SCENARIOS}/seed-user-a-works.json`), { now: NOW });
    expect(compareBundles(a, a)).toEqual([]);
  });
});
