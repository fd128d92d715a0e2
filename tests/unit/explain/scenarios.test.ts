import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExplanationSchema, renderFinding } from '../../../lib/explain';
import { explainScenario } from '../../../testkit/explain-scenario';
import { FindingIdSchema } from '../../../lib/model';
import { parseScenario } from '../../../lib/scenario';
import { SHARED_SCENARIOS, UPSTREAM_SCENARIOS } from '../../shared-scenarios';

const SHARED = SHARED_SCENARIOS;
const FIXTURES = join(__dirname, '../../fixtures/scenarios');
const files = [SHARED, FIXTURES].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)));

function load(path: string) {
  const r = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.ok) throw new Error(`${path}: ${r.error}`);
  return r.scenario;
}

describe('every scenario file (shared + fixtures) explains as its expect says', () => {
  it('finds the three shared examples and many fixtures', () => {
    expect(files.filter((f) => f.startsWith(SHARED))).toHaveLength(3);
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', (_name, file) => explainsAsExpected(file));
});

// The examples in ../shared may gain worlds or change: where the folder is laid (sessions, CI), each of its files must
// still explain as it says. A fresh clone has no such folder: the check is skipped, and says so.
const upstream = UPSTREAM_SCENARIOS ? readdirSync(UPSTREAM_SCENARIOS).filter((f) => f.endsWith('.json')) : [];
describe('the shared examples beside the repository (../shared/scenarios) still explain as they say', () => {
  if (!UPSTREAM_SCENARIOS) {
    it.skip('../shared/scenarios is absent (a fresh clone): only the copies in tests/fixtures/scenarios/shared-examples are checked', () => {});
    return;
  }
  it.each(upstream)('%s', (name) => explainsAsExpected(join(UPSTREAM_SCENARIOS!, name)));
  it('the copies in the repository are the same worlds', () => {
    for (const name of readdirSync(SHARED)) {
      if (upstream.includes(name)) expect(JSON.parse(readFileSync(join(SHARED, name), 'utf8'))).toEqual(JSON.parse(readFileSync(join(UPSTREAM_SCENARIOS!, name), 'utf8')));
    }
  });
});

async function explainsAsExpected(file: string): Promise<void> {
  const scenario = load(file);
  const e = await explainScenario(scenario, { now: () => Date.UTC(2026, 0, 1) });
  expect(ExplanationSchema.safeParse(e).success).toBe(true);
  expect(JSON.stringify(e)).not.toContain(scenario.token);
  const expectations = scenario.expect;
  expect(expectations, 'scenario has an expect block').toBeDefined();
  for (const id of [expectations!.top, ...expectations!.not].filter(Boolean)) expect(FindingIdSchema.options).toContain(id);
  const top = e.findings[0]!;
  if (expectations!.top) expect(`${top.id} (${top.verdict})`).toMatch(new RegExp(`^${expectations!.top} \\((cause|likely|unknown)\\)$`));
  const rendered = renderFinding(top, 'en');
  for (const m of expectations!.mentions) expect(rendered, `top finding mentions ${m}`).toContain(m);
  for (const id of expectations!.not) {
    expect(e.findings.filter((f) => f.id === id && (f.verdict === 'cause' || f.verdict === 'likely')), `${id} is not cause/likely`).toEqual([]);
  }
  // Ranked best first, one finding per catalogue id.
  expect(new Set(e.findings.map((f) => f.id)).size).toBe(e.findings.length);
}
