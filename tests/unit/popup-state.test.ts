import { describe, expect, it } from 'vitest';
import { assembleChains, decodeCapture } from '../../lib/capture';
import { apiSideFor, chainsWorthListing, draftNote, restoredSelection, runOfThisClick, tabStateFrom, type RequestChoice } from '../../lib/popup-state';
import type { Explanation } from '../../lib/explain/explanation';
import type { RunState } from '../../lib/run-state';
import { text } from '../../lib/i18n/text';
import { directChainPublish } from '../../testkit/chain-publish';
import { encodeForm, toHookRequest } from '../../testkit/encode';
import { fillUnresolved, parseApiRequest, type ParsedOk, type ParsedRequest } from '../../lib/request';
import { MAX_DRAFT_CHARS } from '../../lib/request/input-bounds';

const CURL = `curl -X POST "https://graph.facebook.com/v22.0/act_1187654321098765/adsets" -F "name=CTWA" -F "optimization_goal=CONVERSATIONS" -F "access_token=EAAPopupStateToken123"`;
const parsedOk = () => {
  const p = parseApiRequest(CURL);
  if (!p.ok) throw new Error('the sample must parse');
  return p;
};
const choice = (c: Partial<RequestChoice>): RequestChoice => ({ usingEquivalent: false, harEntry: null, parsed: null, fill: null, hasSelection: false, ...c });

describe('the tab state the popup renders from storage before asking the background', () => {
  it('is what getTabState would answer: nothing stored is an empty tab that has not greeted the extension', () => {
    expect(tabStateFrom({ adsManager: null, captures: null, run: null })).toEqual({ adsManager: false, captures: [], run: null });
  });
  it('keeps the stored captures and run as they are', () => {
    const run = { status: 'failed' as const, error: { key: 'runInterrupted' }, startedAt: 1 };
    expect(tabStateFrom({ adsManager: true, captures: [], run })).toEqual({ adsManager: true, captures: [], run });
  });
});

describe('the ad set selected on open', () => {
  it('is the draft’s while it is still listed', () => {
    expect(restoredSelection(['a', 'b'], 'b')).toBe('b');
  });
  it('is the first listed when the draft’s was evicted, or there is no draft', () => {
    expect(restoredSelection(['a', 'b'], 'gone')).toBe('a');
    expect(restoredSelection(['a', 'b'], null)).toBe('a');
  });
  it('is none when nothing is listed yet', () => {
    expect(restoredSelection([], 'b')).toBeNull();
  });
});

describe('the note under the request box', () => {
  it('says a request too long to keep will not be kept, while it is there', () => {
    expect(draftNote('x'.repeat(MAX_DRAFT_CHARS + 1), null)).toEqual({ key: 'popupDraftTooLong', subs: [MAX_DRAFT_CHARS.toLocaleString()] });
  });
  it('says the last request was not kept until something is typed again', () => {
    expect(draftNote('', 123456)).toEqual({ key: 'popupDraftDropped', subs: [(123456).toLocaleString()] });
    expect(draftNote('name=x', 123456)).toBeNull();
  });
  it('says nothing about a request of real size', () => {
    expect(draftNote('name=x', null)).toBeNull();
  });
});

describe('the API side "Explain" compares', () => {
  it('is the capture’s equivalent (null) when the user chose it, whatever was pasted', () => {
    expect(apiSideFor(choice({ usingEquivalent: true, parsed: parsedOk() }))).toBeNull();
  });
  it('is the pasted request, saying a token was found but never carrying it', () => {
    const side = apiSideFor(choice({ parsed: parsedOk() }));
    expect(side).toMatchObject({ format: 'curl', tokenFound: true, filled: [], missing: [] });
    expect(JSON.stringify(side)).not.toContain('EAAPopupStateToken123');
  });
  it('takes the request with its computed fields filled when there is one', () => {
    const p = parsedOk();
    const fill = fillUnresolved(p.request, p.unresolved, null, {});
    const filled = { ...fill, request: { ...fill.request, fields: { ...fill.request.fields, campaign_id: '120235000000000001' } } };
    expect(apiSideFor(choice({ parsed: p, fill: filled }))).toMatchObject({ request: { fields: { campaign_id: '120235000000000001' } } });
  });
  it('is the HAR entry picked, before any text', () => {
    const entry: ParsedRequest = { ...(parsedOk() as ParsedOk), format: 'har', entryIndex: 3, label: 'POST …/adsets', startedDateTime: null };
    expect(apiSideFor(choice({ harEntry: entry, parsed: parseApiRequest('not a request') }))).toMatchObject({ format: 'har', tokenFound: true });
  });
  it('is invalid when the pasted text does not parse, even with an ad set selected', () => {
    const bad = parseApiRequest('{ "name": ');
    expect(bad.ok).toBe(false);
    expect(apiSideFor(choice({ parsed: bad, hasSelection: true }))).toBe('invalid');
  });
  it('with nothing pasted is the selected ad set’s equivalent, or invalid without one', () => {
    expect(apiSideFor(choice({ hasSelection: true }))).toBeNull();
    expect(apiSideFor(choice({}))).toBe('invalid');
  });
});

describe('the chains listed beside the capture list', () => {
  it('a whole publish is listed as its chain; an ad set captured alone is not listed twice', () => {
    const chain = directChainPublish({ error: { message: 'Invalid parameter', type: 'OAuthException', code: 100 } }).flatMap((r, i) => decodeCapture(toHookRequest(r, { response: r.response ?? null }), { id: `c${i}`, now: i }));
    const lone = decodeCapture(
      toHookRequest(encodeForm({ fields: { name: 'alone', optimization_goal: 'CONVERSATIONS', billing_event: 'IMPRESSIONS' }, adAccountId: '9' }), {
        response: { status: 200, body: { id: '120299999999999999' } },
      }),
      { id: 'lone', now: 100 },
    );
    const all = assembleChains([...chain, ...lone]);
    expect(all).toHaveLength(2);
    const listed = chainsWorthListing(all);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.levels.map((l) => l.level)).toEqual(['campaign', 'adset', 'ad', 'creative']);
  });
});

describe('the run shown when "Explain" got no answer (its worker was stopped mid-run)', () => {
  const clickedAt = 1_000_000;
  const done = (finishedAt: number): RunState => ({ status: 'done', explanation: { finishedAt } as Explanation });
  it('waits for a run still running: the woken worker resumes it and the storage watch brings its end', () => {
    const running: RunState = { status: 'running', stage: 'graph', startedAt: clickedAt + 5, captureId: null };
    expect(runOfThisClick(running, clickedAt)).toBe(running);
  });
  it('shows a result that finished after the click instead of "the background did not answer"', () => {
    expect(runOfThisClick(done(clickedAt + 1500), clickedAt)).toEqual(done(clickedAt + 1500));
  });
  it('does not pass off an earlier result, or an earlier failure, as this click’s', () => {
    expect(runOfThisClick(done(clickedAt - 1), clickedAt)).toBeNull();
    expect(runOfThisClick({ status: 'failed', error: text('runInterrupted'), startedAt: clickedAt - 60_000 }, clickedAt)).toBeNull();
  });
  it('shows a failure of the run this click started, and nothing when no run is stored', () => {
    const failed: RunState = { status: 'failed', error: text('graphNetworkError'), startedAt: clickedAt + 10 };
    expect(runOfThisClick(failed, clickedAt)).toBe(failed);
    expect(runOfThisClick(null, clickedAt)).toBeNull();
  });
});
