import { describe, it, expect } from 'vitest';
import { badgeCount, pushCaptures } from '../../../lib/capture';
import type { Capture } from '../../../lib/model';

const raw = (id: string): Capture => ({
  kind: 'raw',
  id,
  capturedAt: 0,
  url: '',
  method: 'POST',
  contentType: null,
  body: '',
  truncated: false,
  tokenPresent: false,
  response: null,
});
const sub = (id: string): Capture => ({
  kind: 'submission',
  id,
  capturedAt: 0,
  encoding: 'form',
  url: '',
  method: 'POST',
  location: 'body',
  request: { apiVersion: null, adAccountId: null, method: 'POST', host: null, fields: {}, transport: {} },
  identifiers: { adAccountId: null, campaignId: null, pageId: null, whatsappPhoneNumber: null, whatsappBusinessPhoneNumberId: null, wabaId: null },
  tokenPresent: false,
  response: null,
  draft: null,
});
const ids = (list: Capture[]) => list.map((c) => c.id).join(',');

describe('pushCaptures', () => {
  it.each([
    ['appends', [sub('a')], [sub('b')], 5, 5, 'a,b'],
    ['drops the oldest beyond the bound', [sub('a'), sub('b'), sub('c')], [sub('d')], 3, 3, 'b,c,d'],
    ['drops the oldest raw first', [raw('r1'), sub('a'), raw('r2')], [raw('r3')], 10, 2, 'a,r2,r3'],
    ['replaces a capture with the same id', [sub('a'), sub('b')], [sub('a')], 5, 5, 'b,a'],
  ])('%s', (_name, existing, added, max, maxRaw, expected) => {
    expect(ids(pushCaptures(existing, added, max, maxRaw))).toBe(expected);
  });
});

describe('badgeCount', () => {
  it('counts submissions only', () => {
    expect(badgeCount([sub('a'), raw('r'), sub('b')])).toBe(2);
    expect(badgeCount([])).toBe(0);
  });
});

describe('draft flow in the ring', () => {
  const draft = (id: string, operation: 'create' | 'update', fragmentId: string, at: number): Capture => ({
    ...(sub(id) as Extract<Capture, { kind: 'submission' }>),
    capturedAt: at,
    encoding: 'draft_fragment',
    draft: { draftId: '9', parentId: null, operation, fragmentId, adObjectId: null },
  });
  const publish = (id: string): Capture => ({
    ...(raw(id) as Extract<Capture, { kind: 'raw' }>),
    capturedAt: 3,
    publish: { draftId: '9', fragmentIds: ['f1'], outcomes: [{ fragmentId: 'f1', status: 'in_progress', rawStatus: 'IN_PROGRESS', adObjectId: null, error: null }] },
  });

  it('the badge counts ad sets: a fragment’s create, update and publish count once', () => {
    expect(badgeCount([draft('c', 'create', 'f1', 1), draft('u', 'update', 'f1', 2), publish('p'), sub('form')])).toBe(2);
  });

  it('a draft publish is not evicted with the other raw captures: it says how the ad set ended', () => {
    const list = pushCaptures([publish('p')], ['a', 'b', 'c'].map(raw), 50, 2);
    expect(list.map((c) => c.id)).toEqual(['p', 'b', 'c']);
  });
});
