import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../../lib/scenario';
import { loadScenarioFile } from '../../../testkit/load-scenario-file';
import { FIXTURES_DIR, SHARED_DIR } from '../graph/scenario-requests';

const files = [
  ...readdirSync(SHARED_DIR).filter((f) => f.endsWith('.json')).map((f) => join(SHARED_DIR, f)),
  ...readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json')).map((f) => join(FIXTURES_DIR, f)),
];
const example = JSON.parse(readFileSync(join(SHARED_DIR, 'seed-user-b-hidden-number-id.json'), 'utf8')) as Record<string, unknown>;

describe('parseScenario accepts the format', () => {
  it.each(files)('%s', async (file) => {
    const r = await loadScenarioFile(file);
    expect(r.ok ? r.scenario.name : r.error).toEqual(expect.any(String));
    expect(r.ok).toBe(true);
  });

  it('keeps unknown members and applies defaults', () => {
    const r = parseScenario({ name: 'n', api: { form: { url: 'https://graph.facebook.com/v20.0/act_1/adsets', body: 'a=1' } }, token: 't', graph: {}, extra: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.ui).toEqual([]);
      expect(r.scenario.graph).toMatchObject({ objects: {}, adsets: [], fail: [] });
      expect((r.scenario as Record<string, unknown>)['extra']).toBe(1);
    }
  });
});

describe('parseScenario rejects malformed files with the path of the problem', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutating a JSON document freely
  type Doc = any;
  const mutate = (f: (s: Doc) => void) => {
    const s = structuredClone(example) as Doc;
    f(s);
    return s;
  };
  it.each([
    ['not an object', [], '(root)'],
    ['no token', mutate((s) => delete s.token), 'token'],
    ['no name', mutate((s) => delete s.name), 'name'],
    ['two api forms', mutate((s) => (s.api.form = { url: 'https://x', body: '' })), 'api'],
    ['no api form', mutate((s) => (s.api = {})), 'api'],
    ['adsets not an array', mutate((s) => (s.graph.adsets = {})), 'graph.adsets'],
    ['rule without respond', mutate((s) => delete s.graph.adsets[0].respond), 'graph.adsets[0].respond'],
    ['present is not a boolean', mutate((s) => (s.graph.adsets[0].when['x'] = { present: 'yes' })), 'graph.adsets[0].when.x.present'],
    ['in is not an array', mutate((s) => (s.graph.adsets[1].when['y'] = { in: 'WHATSAPP' })), 'graph.adsets[1].when.y.in'],
    ['e164 is not a string', mutate((s) => (s.graph.adsets[0].when['z'] = { e164: 7 })), 'graph.adsets[0].when.z.e164'],
    ['error code not a number', mutate((s) => (s.graph.adsets[1].respond.error.code = 'abc')), 'graph.adsets[1].respond.error.code'],
    ['object error malformed', mutate((s) => (s.graph.objects['792684993372941/phone_numbers'].error = 'denied')), 'graph.objects.792684993372941/phone_numbers.error'],
    ['negative latency', mutate((s) => (s.graph.latency_ms = -1)), 'graph.latency_ms'],
    ['ui request without url', mutate((s) => delete s.ui[0].url), 'ui[0].url'],
    ['fail not a list', mutate((s) => (s.graph.fail = 'me')), 'graph.fail'],
  ] as const)('%s', (_name, json, path) => {
    const r = parseScenario(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^Invalid scenario: /);
      expect(r.error).toContain(`${path}:`);
    }
  });

  it('text that is not JSON, and a missing file, say so', async () => {
    const r = parseScenarioText('{"name": ');
    expect(!r.ok && r.error).toMatch(/^Scenario is not JSON/);
    const f = await loadScenarioFile('/nonexistent/scenario.json');
    expect(!f.ok && f.error).toMatch(/^\/nonexistent\/scenario\.json: cannot read/);
  });
});

describe('parseScenario never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseScenario(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('on scenario-shaped JSON with arbitrary parts', () => {
    const part = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    fc.assert(
      fc.property(part, part, part, part, fc.dictionary(fc.string(), fc.jsonValue()), (name, api, token, adsets, objects) => {
        const r = parseScenario({ name, api, token, graph: { objects, adsets } });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof parseScenarioText(s).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
