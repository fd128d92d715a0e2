import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, toMarkdown } from '../../../lib/report';
import { parseScenario, type Scenario } from '../../../lib/scenario';
import { explainScenario } from '../../../testkit/explain-scenario';

// Issue 17: the same diagnosis at every level of the Click-to-WhatsApp chain. Each world is a tests/fixtures
// scenario; these tests check what the level changes: where the dry run goes, that it stays one round trip, and that
// every finding, the JSON report and the Markdown report say the level.

const NOW = () => Date.UTC(2026, 0, 1);

function load(name: string): Scenario {
  const r = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../fixtures/scenarios', `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

const WORLDS = [
  { name: 'campaign-special-ad-categories-missing', level: 'campaign', edge: 'campaigns' },
  { name: 'creative-whatsapp-cta-without-destination', level: 'creative', edge: 'ads' },
  { name: 'creative-instagram-actor-id-v22', level: 'creative', edge: 'ads' },
  { name: 'ad-inline-creative-cta-without-destination', level: 'ad', edge: 'ads' },
] as const;

describe('the chain, level by level', () => {
  it.each(WORLDS)('$name: one round trip, dry runs at the $level edge, every finding at level $level', async ({ name, level, edge }) => {
    const e = await explainScenario(load(name), { now: NOW });
    expect(e.facts?.roundTrips).toBe(1);
    const api = e.facts!.validations.find((v) => v.source.itemId === 'validate_api')!;
    expect(api.source.relativeUrl).toBe(`act_1187654321098765/${edge}`);
    expect(e.findings.length).toBeGreaterThan(0);
    expect(new Set(e.findings.map((f) => f.level))).toEqual(new Set([level]));
    const top = e.findings[0]!;
    expect(top.verdict).toBe('cause');
    expect(top.minimalFix?.length).toBeGreaterThan(0);
  });

  it('a creative is dry-run inline in an ad under the publish\'s ad set (Graph has no validate_only for adcreatives)', async () => {
    const e = await explainScenario(load('creative-whatsapp-cta-without-destination'), { now: NOW });
    expect(e.facts?.ids.adsetId).toBe('120235999999990011');
    const proof = e.findings[0]!.minimalFix!;
    expect(proof).toEqual([{ path: 'object_story_spec.link_data.call_to_action.value.app_destination', op: 'add', value: 'WHATSAPP' }]);
    // The fix step says how to re-check a creative, not "before creating the ad set".
    expect(e.findings[0]!.fix.map((f) => f.key)).toContain('explain_fix_revalidate_creative');
    expect(e.findings[0]!.docs).not.toContain('https://developers.facebook.com/docs/marketing-api/reference/ad-promoted-object');
  });

  it('a creative with no ad set to try it under is not dry-run: nothing is claimed as proven', async () => {
    const s = load('creative-whatsapp-cta-without-destination');
    const e = await explainScenario({ ...s, ui: [] }, { now: NOW });
    expect(e.facts?.validations).toEqual([]);
    expect(e.findings.filter((f) => f.verdict === 'cause')).toEqual([]);
  });

  it('the Instagram identity: the deprecated name renamed is the proof, with the v22 note as evidence', async () => {
    const e = await explainScenario(load('creative-instagram-actor-id-v22'), { now: NOW });
    const top = e.findings[0]!;
    expect(top.minimalFix).toEqual([
      { path: 'object_story_spec.instagram_actor_id', op: 'remove' },
      { path: 'object_story_spec.instagram_user_id', op: 'add', value: '17841400000000001' },
    ]);
    expect(top.evidence.map((x) => x.fact.key)).toContain('explain_note_instagram_identity');
  });

  it.each(['en', 'ru'] as const)('the JSON and Markdown reports carry the level (%s)', async (locale) => {
    const e = await explainScenario(load('creative-whatsapp-cta-without-destination'), { now: NOW });
    const report = buildReport(e, { toolVersion: '0.1.0', locale, generatedAt: new Date(NOW()) });
    expect(report.schemaVersion).toBe(2);
    expect(report.findings.every((f) => f.level === 'creative')).toBe(true);
    expect(report.findings[0]!.levelText).toBe(locale === 'en' ? 'creative' : 'креатив');
    const md = toMarkdown(report, locale);
    expect(md).toContain(locale === 'en' ? '**Level:** creative' : '**Уровень:** креатив');
    expect(md).toContain('/act_1187654321098765/adcreatives');
  });
});
