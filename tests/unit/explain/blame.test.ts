import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainScenario } from '../../../testkit/explain-scenario';
import { blameOf, valueAt } from '../../../lib/explain/blame';
import { blamedFields } from '../../../lib/model';
import { parseScenario } from '../../../lib/scenario';
import { ctx, facts, request, run } from './context';

describe('blamedFields: error_data as JSON text or object', () => {
  it.each([
    ['JSON text (2490408 public bodies)', '{"blame_field_specs":[["optimization_goal"]]}', ['optimization_goal']],
    ['object', { blame_field_specs: [['promoted_object', 'page_id']] }, ['promoted_object.page_id']],
    ['blame_field beside the specs', { blame_field: 'targeting', blame_field_specs: [['targeting']] }, ['targeting']],
    ['a spec given as a plain string', { blame_field_specs: ['bid_amount'] }, ['bid_amount']],
    ['not JSON', '{oops', []],
    ['nothing', undefined, []],
    ['an array', '[1,2]', []],
  ])('%s', (_name, data, expected) => {
    expect(blamedFields({ code: 100, error_data: data })).toEqual(expected);
  });
});

describe('blameOf: the blamed field with the value the run sent', () => {
  it('reads a nested path through a JSON-string object', () => {
    expect(valueAt({ promoted_object: '{"page_id":"42"}' }, 'promoted_object.page_id')).toBe('42');
    expect(valueAt({ a: 1 }, 'b.c')).toBeUndefined();
  });

  it('names field and value for the API run', () => {
    const v = run('validate_api', false, { error: [100, 2490408] });
    v.error = { ...v.error, error_data: '{"blame_field_specs":[["optimization_goal"]]}' };
    const c = ctx({ api: request(undefined, { optimization_goal: 'LINK_CLICKS' }), facts: facts({ validations: [v] }) });
    expect(blameOf(c, v)).toMatchObject([{ path: 'optimization_goal', value: 'LINK_CLICKS', label: '100/2490408' }]);
  });
});

describe('every finding that blames a field names its value (all scenario worlds)', () => {
  const dir = join(__dirname, '../../fixtures/scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files.map((f) => [f]))('%s', async (file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const e = await explainScenario(parsed.scenario, { now: () => Date.UTC(2026, 0, 1) });
    const blamedRuns = new Map((e.facts?.validations ?? []).filter((v) => blamedFields(v.error).length).map((v) => [v.source.itemId, blamedFields(v.error)]));
    for (const f of e.findings) {
      const cited = f.evidence.flatMap((x) => (typeof x.source === 'string' ? [] : [x.source.itemId]));
      for (const id of cited.filter((i) => blamedRuns.has(i))) {
        for (const path of blamedRuns.get(id)!) {
          const named = f.evidence.find((x) => x.fact.key === 'explain_ev_blamed_field' && x.fact.subs?.[0] === path);
          expect(named, `${f.id} names ${path}`).toBeDefined();
          expect(named!.value).toMatch(new RegExp(`^${path.replace(/\./g, '\\.')} = \\S+ \\(\\d+/\\d+\\)$`));
        }
      }
    }
  });
});
