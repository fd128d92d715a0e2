import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleAdsets } from '../../../lib/capture';
import { publishedAdsetId, sidesForLevel, sidesForSelection } from '../../../lib/explain/chain-sides';
import { submissionLevel, type Capture } from '../../../lib/model';
import { parseScenario } from '../../../lib/scenario';
import { scenarioCaptures } from '../../../testkit/explain-scenario';

function captures(name: string): Capture[] {
  const r = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../fixtures/scenarios', `${name}.json`), 'utf8')));
  if (!r.ok) throw new Error(r.error);
  // One capture time for all: the list order is the order Ads Manager sent them.
  return scenarioCaptures(r.scenario, 0).map((c, i) => ({ ...c, capturedAt: i }));
}

const ADSET = '120235999999990011';

describe("which of Ads Manager's objects a pasted request is compared with", () => {
  // Ads Manager's publish: the ad set, a creative, and an ad naming both (adset_id, creative.creative_id).
  const publish = captures('creative-whatsapp-cta-without-destination');
  const selected = assembleAdsets(publish)[0]!.id;

  it('a creative: the creative of the selected publish, dry-run under its ad set', () => {
    const { ui, adsetId } = sidesForLevel(selected, publish, 'creative');
    expect(ui && submissionLevel(ui)).toBe('creative');
    expect(ui?.request.fields['object_story_spec']).toMatchObject({ page_id: '734116649781310' });
    expect(adsetId).toBe(ADSET);
  });

  it('an ad: the ad of the same publish', () => {
    const { ui, adsetId } = sidesForLevel(selected, publish, 'ad');
    expect(ui && submissionLevel(ui)).toBe('ad');
    expect(ui?.request.fields['adset_id']).toBe(ADSET);
    expect(adsetId).toBe(ADSET);
  });

  it('an ad set: the selected ad set itself, as before levels existed', () => {
    const { ui, adsetId } = sidesForLevel(selected, publish, 'adset');
    expect(ui && submissionLevel(ui)).toBe('adset');
    expect(adsetId).toBeNull();
  });

  it('a level the publish does not hold: nothing to compare (never another publish\'s object)', () => {
    expect(sidesForLevel(selected, publish, 'campaign').ui).toBeNull();
  });

  it('nothing selected: the newest object of that level in the tab', () => {
    const campaign = captures('campaign-special-ad-categories-missing');
    const { ui, adsetId } = sidesForLevel(null, campaign, 'campaign');
    expect(ui?.request.fields['objective']).toBe('OUTCOME_ENGAGEMENT');
    expect(adsetId).toBeNull();
  });

  it("the ad set's id comes from its answer; a campaign is no ad set", () => {
    const adsets = assembleAdsets(publish);
    expect(publishedAdsetId(adsets[0]!.submission)).toBe(ADSET);
    expect(publishedAdsetId(sidesForLevel(null, captures('campaign-special-ad-categories-missing'), 'campaign').ui)).toBeNull();
    expect(publishedAdsetId(null)).toBeNull();
  });
});

describe('without a pasted request, the first failing level of the publish is diagnosed first', () => {
  const refused = { status: 400, body: { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'AdFail' } } };

  function publishWithFailedAd(): Capture[] {
    const r = parseScenario(JSON.parse(readFileSync(join(__dirname, '../../fixtures/scenarios/creative-whatsapp-cta-without-destination.json'), 'utf8')));
    if (!r.ok) throw new Error(r.error);
    const ui = r.scenario.ui.map((u) => (/\/ads\?/.test(u.url) ? { ...u, response: refused } : u));
    return scenarioCaptures({ ...r.scenario, ui }, 0).map((c, i) => ({ ...c, capturedAt: i }));
  }

  it('the selected ad set published, its ad failed: the ad is explained, dry-run under the ad set', () => {
    const captures = publishWithFailedAd();
    const selected = assembleAdsets(captures)[0]!.id;
    const { ui, adsetId } = sidesForSelection(selected, captures);
    expect(ui && submissionLevel(ui)).toBe('ad');
    expect(adsetId).toBe(ADSET);
  });

  it('nothing failed: the selected object itself', () => {
    const publish = captures('creative-whatsapp-cta-without-destination');
    const selected = assembleAdsets(publish)[0]!.id;
    const { ui, adsetId } = sidesForSelection(selected, publish);
    expect(ui && submissionLevel(ui)).toBe('adset');
    expect(adsetId).toBeNull();
  });
});
