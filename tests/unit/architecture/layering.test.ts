import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// testkit/ (simulated Graph, test encoders, scenario files on disk, the simulated Ads Manager) is for tests, the CLI
// and the demo. The lint rule is what keeps it out of the extension; these tests keep the lint rule honest.
const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering: the extension never imports testkit/', () => {
  it.each([
    ['lib/capture/probe.ts', "import { createSimulatedGraph } from '../../testkit/graph-sim';\nexport const x = createSimulatedGraph;\n"],
    ['entrypoints/background/probe.ts', "import { encodeForm } from '../../testkit/encode';\nexport const x = encodeForm;\n"],
    ['components/Probe.tsx', "import { explainScenario } from '../testkit/explain-scenario';\nexport const x = explainScenario;\n"],
  ])('%s importing testkit/ is a lint error', async (file, code) => {
    const messages = await restricted(file, code);
    expect(messages.some((m) => m.includes('testkit/ is test machinery'))).toBe(true);
  });

  it('tests, the CLI and the demo may import testkit/', async () => {
    expect(await restricted('scripts/probe.ts', "import { createSimulatedGraph } from '../testkit/graph-sim';\nexport const x = createSimulatedGraph;\n")).toEqual([]);
    expect(await restricted('tests/unit/probe.test.ts', "import { encodeForm } from '../../testkit/encode';\nexport const x = encodeForm;\n")).toEqual([]);
  });

  it('lib/ keeps nothing that reads files or drives a browser', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /from '(node:fs|node:child_process|@playwright\/test)/.test(readFileSync(p, 'utf8'))) offenders.push(path.relative(ROOT, p));
      }
    };
    walk(path.join(ROOT, 'lib'));
    expect(offenders).toEqual([]);
  });
});
