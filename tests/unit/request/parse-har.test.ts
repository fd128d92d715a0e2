import { describe, expect, it } from 'vitest';
import { parseApiRequest, parseHar } from '../../../lib/request';
import { levelOf } from '../../../lib/model';

const TOKEN = 'EAAGm0PX4ZCpsBAFakeUserTokenForTests0ZDZD';

function entry(method: string, url: string, postData?: object, headers: object[] = []) {
  return {
    startedDateTime: '2025-01-01T00:00:00.000Z',
    request: { method, url, headers, queryString: [], postData },
    response: { status: 200, content: { text: '{"id":"1"}' } },
  };
}
const har = (entries: object[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector' }, entries } });

describe('parseHar picks every creation request (POST …/adsets, …/campaigns, …)', () => {
  const log = har([
    entry('GET', 'https://graph.facebook.com/v20.0/me'),
    entry('POST', `https://graph.facebook.com/v20.0/act_1/adsets?access_token=${TOKEN}`, {
      mimeType: 'application/x-www-form-urlencoded',
      text: 'name=first&promoted_object=%7B%22page_id%22%3A%221%22%7D',
    }),
    entry('POST', 'https://graph.facebook.com/v20.0/act_1/campaigns', { mimeType: 'application/x-www-form-urlencoded', text: 'name=c' }),
    entry('POST', 'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets?locale=ru_RU', {
      mimeType: 'application/x-www-form-urlencoded',
      params: [{ name: 'name', value: 'second+one' }, { name: 'fb_dtsg', value: 'SECRET' }],
    }),
    entry('POST', 'https://graph.facebook.com/v21.0/act_2/adsets', { mimeType: 'application/json', text: '{"name":"third"}' }, [
      { name: 'Authorization', value: `Bearer ${TOKEN}` },
    ]),
  ]);

  it('returns them all, in order, with labels', () => {
    const all = parseHar(log);
    expect(all.map((r) => [r.entryIndex, r.label, r.request.fields.name, r.token])).toEqual([
      [1, 'POST https://graph.facebook.com/v20.0/act_1/adsets', 'first', TOKEN],
      [2, 'POST https://graph.facebook.com/v20.0/act_1/campaigns', 'c', null],
      [3, 'POST https://adsmanager-graph.facebook.com/v22.0/act_1/adsets', 'second one', null],
      [4, 'POST https://graph.facebook.com/v21.0/act_2/adsets', 'third', TOKEN],
    ]);
    expect(all[0]?.request.fields.promoted_object).toEqual({ page_id: '1' });
    expect(all[2]?.request.transport).toEqual({ locale: 'ru_RU', fb_dtsg: '[redacted]' });
    expect(all.map((r) => levelOf(r.request))).toEqual(['adset', 'campaign', 'adset', 'adset']);
  });

  it('parseApiRequest uses the first and says there are more', () => {
    const r = parseApiRequest(log);
    expect(r).toMatchObject({ ok: true, format: 'har', request: { fields: { name: 'first' } } });
    expect(r.ok && r.warnings).toContainEqual({ key: 'requestWarnHarSeveral', subs: ['4'] });
  });

  it.each([['not json'], ['{"log": 1}'], ['[]'], ['']])('not a HAR: %j → []', (input) => {
    expect(parseHar(input)).toEqual([]);
  });
});

describe('a 50 MB HAR parses in bounded time', () => {
  it.each([
    ['few entries, big bodies', 2100, 25_000, 0],
    ['many entries with headers', 9000, 200, 20],
  ])('%s: well under 2 s', (_label, count, bodySize, headerCount) => {
    // Realistic shapes (DevTools keeps every response body and header); the ad set requests sit among them.
    const body = 'x'.repeat(bodySize);
    const headers = Array.from({ length: headerCount }, (_, k) => ({ name: `x-header-${k}`, value: 'v'.repeat(40) }));
    const entries: object[] = [];
    for (let i = 0; i < count; i++) {
      entries.push(
        i % 1000 === 999
          ? entry('POST', 'https://graph.facebook.com/v20.0/act_1/adsets', { mimeType: 'application/x-www-form-urlencoded', text: `name=x${i}` }, headers)
          : { ...entry('GET', `https://www.facebook.com/ajax/${i}`, undefined, headers), response: { status: 200, headers, content: { text: body } } },
      );
    }
    const log = JSON.stringify({ log: { version: '1.2', entries } }, null, 2);
    expect(log.length).toBeGreaterThan(50 * 1024 * 1024);
    const t0 = performance.now();
    const r = parseApiRequest(log);
    const ms = performance.now() - t0;
    const t1 = performance.now();
    const all = parseHar(log);
    const msAll = performance.now() - t1;
    console.log(`${(log.length / 1048576).toFixed(1)} MB HAR (${count} entries): parseApiRequest ${ms.toFixed(0)} ms, parseHar ${msAll.toFixed(0)} ms`);
    expect(r).toMatchObject({ ok: true, format: 'har', request: { fields: { name: 'x999' } } });
    expect(all).toHaveLength(Math.floor(count / 1000));
    expect(ms).toBeLessThan(2000);
    expect(msAll).toBeLessThan(2000);
  });

  it('a 50 MB broken JSON fails with a line number, in bounded time', () => {
    const big = '{"log": {"entries": [' + '{"a": "' + 'y'.repeat(50 * 1024 * 1024) + '"}\n, }';
    const t0 = performance.now();
    const r = parseApiRequest(big);
    const ms = performance.now() - t0;
    console.log(`50 MB broken JSON: error in ${ms.toFixed(0)} ms`);
    expect(r.ok).toBe(false);
    expect(ms).toBeLessThan(2000);
  });
});
