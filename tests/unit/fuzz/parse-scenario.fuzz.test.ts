import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText, ScenarioSchema } from '../../../lib/scenario';
import { expectBounded, fuzz, jsonSize, mutated, withinDeadline } from './guard';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

/**
 * The scenario loader reads files users and tests write by hand (the simulated Graph's world): any JSON, and any
 * small edit of a valid scenario, loads or is refused with a message — never a throw, never a hang.
 */

const DIRS = [SHARED_SCENARIOS, join(__dirname, '../../fixtures/scenarios')];
const SOURCES = DIRS.flatMap((dir) => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  } catch {
    return [];
  }
});
const VALID = SOURCES.map((s) => JSON.parse(s) as unknown);

type Path = (string | number)[];
function pathsOf(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

type Edit = 'replace' | 'delete' | 'wrap' | 'stringify' | 'duplicate';
/** A copy of `doc` with one edit at `path`. */
function edit(doc: unknown, path: Path, op: Edit, value: unknown): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return op === 'delete' ? undefined : value;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const old = parent[key];
  if (op === 'replace') parent[key] = value;
  else if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (op === 'wrap') parent[key] = [old];
  else if (op === 'stringify') parent[key] = JSON.stringify(old);
  else parent[key] = Array.isArray(old) ? [...old, ...old, ...old] : { ...(old as object), [`${String(key)}_copy`]: old };
  return copy;
}

const json = fc.jsonValue({ maxDepth: 3 });
const mutatedScenario = fc
  .nat({ max: VALID.length - 1 })
  .chain((i) => {
    const paths = pathsOf(VALID[i]);
    return fc.tuple(fc.constant(VALID[i]), fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom<Edit>('replace', 'delete', 'wrap', 'stringify', 'duplicate'), json), { minLength: 1, maxLength: 3 }));
  })
  .map(([doc, edits]) => {
    let out = doc;
    for (const [path, op, value] of edits) {
      try {
        out = edit(out, path, op, value);
      } catch {
        /* an earlier edit removed the path: keep going */
      }
    }
    return out;
  });

const piece = fc.constantFrom('{', '}', '[', ']', '"', ',', ':', 'null', '"graph":', '"objects":', '"rules":', '"ui":', '\\', '1e999', '-');

function check(input: unknown): void {
  const r = withinDeadline('parseScenario', () => parseScenario(input));
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) expect(ScenarioSchema.safeParse(r.scenario).success).toBe(true);
  else expect(r.error).toMatch(/^Invalid scenario: /);
  expectBounded(r, jsonSize(input), 12, 50_000);
}

describe('fuzz: parseScenario', () => {
  it('the scenario files load (so mutations start from valid ones)', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(3);
    for (const v of VALID) expect(parseScenario(v).ok).toBe(true);
  });
  it('arbitrary JSON and arbitrary values', () => fuzz([fc.oneof(json, fc.anything({ maxDepth: 3 }))], check));
  it('valid scenarios with 1–3 structural edits', () => fuzz([mutatedScenario], check));
  it('scenario text, mutated', () =>
    fuzz([fc.constantFrom(...SOURCES).chain((s) => mutated(s, piece))], (text) => {
      const r = withinDeadline('parseScenarioText', () => parseScenarioText(text));
      expect(typeof r.ok).toBe('boolean');
      expectBounded(r, text.length, 12, 50_000);
    }));
});
