import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, type Scenario } from '../../../lib/scenario';
import { scenarioFileText } from '../../../lib/scenario/export';
import { mapStrings } from '../../../lib/scenario/export/mask';
import { explainScenario } from '../../../testkit/explain-scenario';
import { runAndExport } from '../../../testkit/export-run';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

const FIXTURES = path.resolve(__dirname, '../../fixtures/scenarios');
const worlds = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => path.join(FIXTURES, f)),
  ...readdirSync(SHARED_SCENARIOS).filter((f) => f.endsWith('.json')).map((f) => path.join(SHARED_SCENARIOS, f)),
];

function load(file: string): Scenario {
  const r = parseScenarioText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

const NOW = 1_733_000_000_000;
/** What a user reads first: which findings, with which verdict, in which order. */
const verdicts = (e: { findings: { id: string; verdict: string }[] }) => e.findings.map((f) => `${f.id}:${f.verdict}`);

describe('every fixture world round-trips: run, export, replay, same findings', () => {
  it('has worlds to check', () => expect(worlds.length).toBeGreaterThan(30));

  for (const file of worlds) {
    const name = path.relative(FIXTURES, file);
    for (const maskIds of [false, true]) {
      it(`${name}${maskIds ? ' (ids masked)' : ''}`, async () => {
        const world = load(file);
        const { explanation, exported } = await runAndExport(world, { maskIds, now: NOW });
        // Through the file as saved, as `npm run explain -- --scenario` reads it.
        const reread = parseScenarioText(scenarioFileText(exported.scenario));
        expect(reread.ok, reread.ok ? '' : reread.error).toBe(true);
        if (!reread.ok) return;
        expect(reread.scenario.expect?.top).toBeUndefined();
        const replay = await explainScenario(reread.scenario, { now: () => NOW });
        expect(verdicts(replay)).toEqual(verdicts(explanation));
        // The same down to evidence and fixes, modulo the pseudonyms (and the id map when masked).
        const swaps = [...exported.nameMap, ...exported.idMap].sort(([a], [b]) => b.length - a.length);
        const translated = mapStrings(
          explanation.findings.map((f) => [f.id, f.evidence, f.fix]),
          (s) => swaps.reduce((out, [from, to]) => out.split(from).join(to), s),
        );
        expect(replay.findings.map((f) => [f.id, f.evidence, f.fix])).toEqual(translated);
        if (maskIds) {
          expect(exported.maskedIds).toBeGreaterThan(0);
          const text = scenarioFileText(exported.scenario);
          for (const original of exported.idMap.keys()) expect(text).not.toContain(original);
        }
      });
    }
  }
});
