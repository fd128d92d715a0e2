// Node only (node:fs): kept out of index.ts so browser bundles never import it.
import { readFile } from 'node:fs/promises';
import { parseScenarioText, type ScenarioResult } from '../lib/scenario/parse-scenario';

/** Read and validate a scenario file; errors name the file. Never throws. */
export async function loadScenarioFile(path: string): Promise<ScenarioResult> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, error: `${path}: cannot read: ${e instanceof Error ? e.message : String(e)}` };
  }
  const r = parseScenarioText(source);
  return r.ok ? r : { ok: false, error: `${path}: ${r.error}` };
}
