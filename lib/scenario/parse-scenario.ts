import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from './scenario-schema';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

const MAX_ISSUES = 5;

/** `graph.adsets[0].when.x: expected …` — the path a person can find in the file. */
function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}

export function describeIssues(error: z.ZodError, max = MAX_ISSUES): string {
  const lines = error.issues.slice(0, max).map((i) => `${pathOf(i.path)}: ${i.message}`);
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines.join('; ');
}

/** Validate a scenario (already JSON-parsed). Never throws: a malformed file answers `{ok: false, error}`. */
export function parseScenario(json: unknown): ScenarioResult {
  try {
    // A JSON report (lib/report) carries its run's world under `scenario`: the report replays as that world.
    const world = isReportWithScenario(json) ? json.scenario : json;
    const r = ScenarioSchema.safeParse(world);
    return r.success ? { ok: true, scenario: r.data } : { ok: false, error: `Invalid scenario: ${describeIssues(r.error)}` };
  } catch (e) {
    return { ok: false, error: `Invalid scenario: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Parse scenario text (file contents). */
export function parseScenarioText(source: string): ScenarioResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return { ok: false, error: `Scenario is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseScenario(json);
}

function isReportWithScenario(v: unknown): v is { scenario: unknown } {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['schemaVersion'] === 'number' && 'scenario' in v;
}
