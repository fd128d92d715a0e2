// `npm run explain -- --scenario <file.json> [--json] [--locale en|ru]`: the whole pipeline offline on a scenario
// file (capture decoding, request parsing, the Graph plan against the simulated Graph, the rules) — the same code
// the extension runs. Exit codes: 0 done, 1 internal error, 2 bad arguments or a bad scenario file.
import { renderExplanation } from '../lib/explain';
import { explainScenario, ScenarioInputError } from '../testkit/explain-scenario';
import type { Locale } from '../lib/i18n';
import { buildReport } from '../lib/report';
import { loadScenarioFile } from '../testkit/load-scenario-file';

const USAGE = 'usage: npm run explain -- --scenario <file.json> [--json] [--locale en|ru]';

interface Args {
  scenario: string;
  json: boolean;
  locale: Locale;
}

function parseArgs(argv: readonly string[]): Args | string {
  let scenario: string | null = null;
  let json = false;
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--scenario' || a === '--locale') {
      const v = argv[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === '--scenario') scenario = v;
      else if (v === 'en' || v === 'ru') locale = v;
      else return `--locale must be en or ru, not ${v}`;
    } else if (a.startsWith('--scenario=')) scenario = a.slice('--scenario='.length);
    else if (a.startsWith('--locale=')) {
      const v = a.slice('--locale='.length);
      if (v !== 'en' && v !== 'ru') return `--locale must be en or ru, not ${v}`;
      locale = v;
    } else if (a === '--help' || a === '-h') return USAGE;
    else return `unknown argument: ${a}`;
  }
  return scenario ? { scenario, json, locale } : 'missing --scenario <file.json>';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args === USAGE ? USAGE : `explain: ${args}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadScenarioFile(args.scenario);
  if (!loaded.ok) {
    console.error(`explain: ${loaded.error}`);
    return 2;
  }
  const version = process.env['npm_package_version'] ?? '0.0.0';
  try {
    const explanation = await explainScenario(loaded.scenario);
    if (args.json) {
      // The export format: findings ranked best first; the scenario's token is scrubbed from the whole report.
      const report = buildReport(explanation, { toolVersion: version, locale: args.locale, secrets: [loaded.scenario.token] });
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      process.stdout.write(`${loaded.scenario.name}\n\n${renderExplanation(explanation, args.locale)}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ScenarioInputError) {
      console.error(`explain: ${args.scenario}: ${e.message}`);
      return 2;
    }
    console.error(`explain: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
