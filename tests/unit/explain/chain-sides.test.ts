import { describe, expect, it } from 'vitest';
import { captureAtLevel, publishedAdsetId, sidesForLevel } from '../../../lib/explain/chain-sides';
import type { AdLevel, Capture, Submission } from '../../../lib/model';

function sub(id: string, level: AdLevel | undefined, extra: Partial<Submission> = {}): Submission {
  return {
    kind: 'submission',
    id,
    capturedAt: 0,
    ...(level ? { level } : {}),
    encoding: 'form',
    url: 'https://adsmanager-graph.facebook.com/v22.0/act_1/x',
    method: 'POST',
    location: 'body',
    request: { apiVersion: 'v22.0', adAccountId: '1', method: 'POST', host: null, fields: { name: id }, transport: {} },
    identifiers: { adAccountId: '1', campaignId: null, pageId: null, whatsappPhoneNumber: null, whatsappBusinessPhoneNumberId: null, wabaId: null },
    tokenPresent: false,
    response: null,
    draft: null,
    ...extra,
  };
}

const response = (id: string) => ({ status: 200, body: { id }, truncated: false, error: null, createdIds: [id], fbtraceIds: [], whatsappNumbers: [] });
const adset = sub('adset', undefined, { response: response('555') });
const captures: Capture[] = [sub('creative-old', 'creative'), adset, sub('campaign', 'campaign'), sub('creative-new', 'creative')];

describe('which capture a request of each level is compared with', () => {
  it.each<[AdLevel, string | null, string | null]>([
    ['adset', 'adset', null],
    ['creative', 'creative-new', '555'],
    ['campaign', 'campaign', '555'],
    ['ad', null, '555'],
  ])('%s → capture %s, dry-run ad set %s', (level, ui, adsetId) => {
    const sides = sidesForLevel(adset, captures, level);
    expect(sides.ui?.id ?? null).toBe(ui);
    expect(sides.adsetId).toBe(adsetId);
  });

  it('a capture without a level is an ad set (captures stored before levels existed)', () => {
    expect(captureAtLevel(captures, 'adset')?.id).toBe('adset');
  });

  it("the ad set's id: its answer's, else the draft fragment's object, else none", () => {
    expect(publishedAdsetId(adset)).toBe('555');
    expect(publishedAdsetId(sub('d', 'adset', { draft: { draftId: '1', parentId: null, adObjectId: '777' } }))).toBe('777');
    expect(publishedAdsetId(sub('c', 'campaign', { response: response('9') }))).toBeNull();
    expect(publishedAdsetId(null)).toBeNull();
  });
});
