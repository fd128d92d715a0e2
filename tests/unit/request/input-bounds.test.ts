import { describe, expect, it } from 'vitest';
import { parseApiRequest } from '../../../lib/request';
import { draftText, MAX_DRAFT_CHARS, MAX_WARNINGS_SHOWN, shownWarnings } from '../../../lib/request/input-bounds';

describe('shownWarnings', () => {
  it.each([
    [0, 0, 0],
    [5, 5, 0],
    [MAX_WARNINGS_SHOWN, MAX_WARNINGS_SHOWN, 0],
    [209_714, MAX_WARNINGS_SHOWN, 209_714 - MAX_WARNINGS_SHOWN],
  ])('%i warnings: %i listed, %i counted', (n, listed, more) => {
    const r = shownWarnings(Array.from({ length: n }, (_, i) => i));
    expect(r.shown.length).toBe(listed);
    expect(r.more).toBe(more);
  });

  it('a 1 MB junk paste lists a bounded number of warnings', () => {
    const parsed = parseApiRequest('name=x&' + 'a&'.repeat(512 * 1024));
    expect(parsed.ok).toBe(true);
    const { shown, more } = shownWarnings(parsed.ok ? parsed.warnings : []);
    expect(shown.length).toBeLessThanOrEqual(MAX_WARNINGS_SHOWN);
    expect(more).toBeGreaterThan(100_000);
  });
});

describe('draftText', () => {
  it('keeps a request of real size whole', () => {
    const s = 'curl -X POST https://graph.facebook.com/v22.0/act_1/adsets -d name=x';
    expect(draftText(s)).toEqual({ apiText: s, droppedChars: null });
  });
  it('keeps nothing of a request over the cap (a cut request would not parse), and says how long it was', () => {
    expect(draftText('x'.repeat(MAX_DRAFT_CHARS + 1))).toEqual({ apiText: '', droppedChars: MAX_DRAFT_CHARS + 1 });
    expect(draftText('x'.repeat(MAX_DRAFT_CHARS)).droppedChars).toBeNull();
  });
});
