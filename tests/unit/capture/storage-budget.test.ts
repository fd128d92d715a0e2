import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundCapture, CAPTURE_BUDGET, CUT_MARK, decodeCapture, fitCaptures, jsonBytes } from '../../../lib/capture';
import { encodeAs, toHookRequest } from '../../../testkit/encode';
import { MAX_BODY } from '../../../lib/page-contract/limits';
import { CaptureSchema, type Capture, type Submission } from '../../../lib/model';

/** A submission of about `bytes` bytes (its `name` carries the bulk), captured at `at`. */
function sub(id: string, at: number, bytes = 100): Submission {
  return {
    kind: 'submission',
    id,
    capturedAt: at,
    encoding: 'form',
    url: 'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets',
    method: 'POST',
    location: 'body',
    request: { apiVersion: 'v22.0', adAccountId: '1', method: 'POST', host: null, fields: { name: 'x'.repeat(bytes) }, transport: {} },
    identifiers: { adAccountId: '1', campaignId: null, pageId: null, whatsappPhoneNumber: null, whatsappBusinessPhoneNumberId: null, wabaId: null },
    tokenPresent: false,
    response: null,
    draft: null,
  };
}
const ids = (list: readonly Capture[] | undefined) => (list ?? []).map((c) => c.id).join(',');
// Sizes in these tests are the captures' `name` lengths, so the budgets read as plain numbers.
const nameSize = (c: Capture) => (c.kind === 'submission' ? String(c.request.fields['name']).length : 0);
const budget = { perCapture: 1000, perTab: 300, total: 500 };

describe('jsonBytes', () => {
  it.each([
    ['ASCII', 'abc', 5],
    ['two-byte UTF-8', 'é', 4],
    ['three-byte UTF-8', 'ж€', 2 + 2 + 3],
    ['a surrogate pair', '😀', 2 + 4],
    ['an object', { a: 1 }, 7],
  ])('%s', (_what, value, bytes) => {
    expect(jsonBytes(value)).toBe(bytes);
  });

  it('equals the UTF-8 length of the JSON for any value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => jsonBytes(v) === Buffer.byteLength(JSON.stringify(v), 'utf8')));
  });
});

describe('fitCaptures', () => {
  it('evicts the tab’s oldest captures beyond its own budget', () => {
    const next = [sub('a', 1, 100), sub('b', 2, 100), sub('c', 3, 100), sub('d', 4, 100)];
    const changed = fitCaptures({ tabs: new Map(), tabId: 1, next, budget, sizeOf: nameSize });
    expect(ids(changed.get(1))).toBe('b,c,d');
  });

  it('evicts the oldest captures across all tabs beyond the total, and leaves lists that still fit alone', () => {
    const tabs = new Map<number, Capture[]>([
      [1, [sub('t1-old', 1, 100), sub('t1-new', 5, 100)]],
      [2, [sub('t2-old', 2, 100), sub('t2-new', 6, 100)]],
    ]);
    const changed = fitCaptures({ tabs, tabId: 3, next: [sub('t3', 7, 200)], budget, sizeOf: nameSize });
    // 600 over a total of 500: the single oldest capture (tab 1's) goes; tab 2 is untouched and not rewritten.
    expect(ids(changed.get(1))).toBe('t1-new');
    expect(changed.has(2)).toBe(false);
    expect(ids(changed.get(3))).toBe('t3');
  });

  it('one tab flooding cannot push another tab’s capture out: the per-tab budget stops it first', () => {
    let tabs = new Map<number, Capture[]>([[2, [sub('real', 0, 150)]]]);
    for (let i = 1; i <= 100; i++) {
      const next = [...(tabs.get(1) ?? []), sub(`flood-${i}`, i, 100)];
      const changed = fitCaptures({ tabs, tabId: 1, next, budget, sizeOf: nameSize });
      tabs = new Map([...tabs, ...changed]);
    }
    expect(ids(tabs.get(2))).toBe('real');
    expect(ids(tabs.get(1))).toBe('flood-98,flood-99,flood-100');
  });

  it('never evicts the capture a run in flight compares with', () => {
    const next = [sub('pinned', 1, 200), sub('b', 2, 100), sub('c', 3, 100)];
    const changed = fitCaptures({ tabs: new Map(), tabId: 1, next, pinned: new Set(['pinned']), budget, sizeOf: nameSize });
    expect(ids(changed.get(1))).toBe('pinned,c');
  });

  it('empties a tab whose every capture is older than the rest (an empty list: delete its key)', () => {
    const tabs = new Map<number, Capture[]>([[1, [sub('old', 1, 200)]]]);
    const changed = fitCaptures({ tabs, tabId: 2, next: [sub('new', 2, 301)], budget: { ...budget, perTab: 400 }, sizeOf: nameSize });
    expect(changed.get(1)).toEqual([]);
    expect(ids(changed.get(2))).toBe('new');
  });

  it('keeps every list and the total within budget for any sequence of additions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 250 })), { maxLength: 60 }), (adds) => {
        let tabs = new Map<number, Capture[]>();
        adds.forEach(([tab, size], i) => {
          const next = [...(tabs.get(tab) ?? []), sub(`c${i}`, i, size)];
          tabs = new Map([...tabs, ...fitCaptures({ tabs, tabId: tab, next, budget, sizeOf: nameSize })]);
          // The capture just added is the newest: it is kept whenever it fits its tab on its own.
          expect(tabs.get(tab)!.at(-1)!.id).toBe(`c${i}`);
        });
        const sizes = [...tabs.values()].map((l) => l.reduce((n, c) => n + nameSize(c), 0));
        expect(sizes.every((n) => n <= budget.perTab)).toBe(true);
        expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget.total);
      }),
    );
  });
});

describe('boundCapture', () => {
  it('keeps a real-sized submission as it is', () => {
    const c = sub('a', 1, 2000);
    expect(boundCapture(c)).toBe(c);
  });

  it('drops an oversized response body first, keeping what was read from it', () => {
    const c: Submission = {
      ...sub('a', 1, 100),
      response: { status: 200, body: { blob: 'y'.repeat(300_000) }, truncated: false, error: null, createdIds: ['120'], fbtraceIds: ['AbC'], whatsappNumbers: [] },
    };
    const b = boundCapture(c) as Submission;
    expect(b.response).toMatchObject({ status: 200, body: undefined, truncated: true, createdIds: ['120'], fbtraceIds: ['AbC'] });
    expect(b.request.fields['name']).toBe(c.request.fields['name']);
  });

  it('shortens long field values, marked, until the capture fits', () => {
    const b = boundCapture(sub('a', 1, 1_000_000)) as Submission;
    expect(jsonBytes(b)).toBeLessThanOrEqual(CAPTURE_BUDGET.perCapture);
    expect(String(b.request.fields['name']).endsWith(CUT_MARK)).toBe(true);
    expect(b.kind).toBe('submission');
  });

  it('keeps a submission of very many fields as a raw capture, cut, so the user still sees it', () => {
    const c = sub('a', 1, 10);
    c.request.fields = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`f${i}`, 'v']));
    const b = boundCapture(c);
    expect(b).toMatchObject({ kind: 'raw', id: 'a', truncated: true });
    expect(jsonBytes(b)).toBeLessThanOrEqual(CAPTURE_BUDGET.perCapture);
  });

  it('bounds what decodeCapture returns for a hostile page’s 1 MB ad set, and the result is still a valid capture', () => {
    const wire = encodeAs('form', {
      adAccountId: '1',
      apiVersion: 'v22.0',
      fields: { name: 'n'.repeat(MAX_BODY - 500), optimization_goal: 'CONVERSATIONS', billing_event: 'IMPRESSIONS', destination_type: 'WHATSAPP' },
    });
    const [c] = decodeCapture(toHookRequest(wire, { response: { status: 200, body: { id: '1' } }, startedAt: 1 }));
    expect(c).toBeDefined();
    expect(jsonBytes(c)).toBeLessThanOrEqual(CAPTURE_BUDGET.perCapture);
    expect(CaptureSchema.safeParse(c).success).toBe(true);
    expect(c!.kind === 'submission' && c!.request.fields['optimization_goal']).toBe('CONVERSATIONS');
  });
});
