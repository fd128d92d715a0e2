/**
 * `npm run bench [-- --quick] [--json <file>]`: measure what the benchmarks issue asks for and print one table
 * (medians of several runs; ratios from pairs measured back to back). Builds the extension first when
 * .output/chrome-mv3 is missing. Nothing here asserts a timing: budgets that are deterministic (bundle sizes,
 * round trips) are enforced by the tests; see BENCHMARKS.md for the recorded figures and what they mean.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadScenarioFile } from '../testkit/load-scenario-file';
import { measureDiagnosis, measurePopupOpen, measureRequestBox } from './bench/browser-figures';
import { BUDGETS, measureBundles, total } from './bench/bundles';
import { measureEngine } from './bench/engine';
import { measureHookOverhead, measureWrapperCost, useExtension, type OverheadFigure, type WrapperFigure } from './bench/hook-overhead';
import { kb, median, ms, printTable, us, type Row } from './bench/stats';

const SEED_B = 'tests/fixtures/scenarios/seed-user-b-hidden-number-id.json';
const quick = process.argv.includes('--quick');
const jsonOut = (() => {
  const i = process.argv.indexOf('--json');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const parts = (() => {
  const i = process.argv.indexOf('--parts');
  return new Set((i > 0 ? process.argv[i + 1]! : '1,2,3,4,5,6').split(','));
})();
const log = (s: string) => console.error(s);

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let chromium = 'unknown';
  try {
    chromium = execSync('/usr/bin/chromium --version', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    /* keep unknown */
  }
  return `${cpu}, ${os.cpus().length} vCPU, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium}`;
}

const KIND_LABEL = { get: 'GET (not copied)', 'post-other': 'POST other path (not copied)', adset: 'POST …/adsets (copied)' } as const;

function overheadRows(figures: OverheadFigure[], wrapper: WrapperFigure[]): Row[] {
  const rows: Row[] = [];
  for (const f of figures) {
    const base = (f.withoutMs / f.n) * 1000;
    const w = wrapper.find((x) => x.transport === f.transport && x.kind === f.kind);
    // The ratio the hook's measured page-side cost implies for this request time (the round-trip ratio is noisier).
    const implied = w ? 1 + Math.max(0, w.addedUs) / base : NaN;
    rows.push({
      area: `1 Hook (${f.server})`,
      figure: `${f.n} ${f.transport} ${KIND_LABEL[f.kind]}`,
      value: `×${f.ratio.toFixed(3)} measured, ×${implied.toFixed(4)} from hook cost; base ${(base / 1000).toFixed(2)} ms/req`,
      // Verdict on the hook's own measured cost: the round-trip ratio's run-to-run noise (±10–20 % on a shared
      // 2-vCPU VM) is ten times the goal, so it is printed for context only (BENCHMARKS.md).
      goal: 'ratio ≤ 1.02 (from hook cost)',
      pass: Number.isFinite(implied) ? implied <= 1.02 : null,
    });
  }
  for (const w of wrapper) {
    rows.push({
      area: '1 Hook (page-side cost)',
      figure: `${w.transport} ${KIND_LABEL[w.kind]}, ${w.n} calls`,
      value: `${us(w.addedUs)}/req (${w.withUs.toFixed(1)} vs ${w.withoutUs.toFixed(1)} µs)`,
      goal: '',
      pass: null,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  if (!existsSync(path.resolve('.output/chrome-mv3/manifest.json'))) {
    log('Building the extension (npx wxt build)…');
    execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Measure a private copy: other work in this checkout may rebuild .output while the benchmark runs.
  const build = mkdtempSync(path.join(os.tmpdir(), 'aai-bench-build-'));
  cpSync(path.resolve('.output/chrome-mv3'), build, { recursive: true });
  useExtension(build);
  const loaded = await loadScenarioFile(SEED_B);
  if (!loaded.ok) throw new Error(loaded.error);
  const scenario = loaded.scenario;
  const runs = quick ? 3 : 7;
  const rows: Row[] = [];
  const results: Record<string, unknown> = { machine: machine(), date: new Date().toISOString(), command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}` };

  if (parts.has('1')) {
  log('1/6 hook overhead…');
  const overhead = await measureHookOverhead({
    servers: process.argv.includes('--route') ? ['loopback', 'route'] : ['loopback'],
    n: quick ? 400 : 2000,
    blocks: 10,
    kinds: ['get', 'adset'],
    log,
  });
  const wrapper = await measureWrapperCost({ n: 2000, runs: quick ? 3 : 7, kinds: ['get', 'post-other', 'adset'], log });
  rows.push(...overheadRows(overhead, wrapper));
  results.hook = { roundTrips: overhead, wrapper };
  }

  if (parts.has('2')) {
  log('2/6 diagnosis…');
  const diag = await measureDiagnosis(scenario, quick ? 2 : 5, 300, build);
  const trips = median(diag.roundTrips);
  const click = median(diag.clickToFindingMs);
  rows.push(
    { area: '2 Diagnosis', figure: 'HTTP round trips to the Graph per explanation', value: `${trips} (runs: ${diag.roundTrips.join(', ')})`, goal: '1', pass: diag.roundTrips.every((t) => t === 1) },
    { area: '2 Diagnosis', figure: `click → rendered finding, Graph latency ${diag.latencyMs} ms`, value: ms(click, 0), goal: `≤ ${diag.latencyMs + 150} ms`, pass: click <= diag.latencyMs + 150 },
  );
  results.diagnosis = diag;
  }

  if (parts.has('3')) {
  log('3/6 engine…');
  const engine = await measureEngine(scenario, quick ? 9 : 25);
  const pair = engine.decodeMs + engine.parseApiMs + engine.diffMs;
  rows.push(
    { area: '3 Engine', figure: 'decode capture + parse API request + diff', value: `${ms(pair, 2)} (${ms(engine.decodeMs, 2)} + ${ms(engine.parseApiMs, 2)} + ${ms(engine.diffMs, 2)})`, goal: '≤ 5 ms', pass: pair <= 5 },
    { area: '3 Engine', figure: `validate one hook message (${engine.validateKb.toFixed(1)} KB; the background, not the page's thread since issue 16)`, value: ms(engine.validateMs, 3), goal: '', pass: null },
    { area: '3 Engine', figure: 'whole explanation of one pair (simulated Graph in-process)', value: ms(engine.explainMs, 2), goal: '≤ 5 ms', pass: engine.explainMs <= 5 },
    { area: '3 Engine', figure: `import a ${engine.harMb.toFixed(1)} MB HAR (${engine.harEntries} entries)`, value: ms(engine.harMs, 0), goal: '≤ 2000 ms', pass: engine.harMs <= 2000 },
    {
      area: '3 Engine',
      figure: `assemble ${engine.assembleCaptures} stored draft-flow captures → ${engine.assembledAdsets} ad sets`,
      value: ms(engine.assembleMs, 3),
      goal: '< 1 ms',
      pass: engine.assembleMs < 1,
    },
    {
      area: '3 Engine',
      figure: `assemble ${engine.chainCaptures} stored whole-chain captures → ${engine.chains} chains (campaign → ad set → ad → creative)`,
      value: ms(engine.chainMs, 3),
      goal: '< 1 ms',
      pass: engine.chainMs < 1,
    },
    { area: '3 Engine', figure: 'parse a pasted 50 MB cURL once (the request box: once per pause; was twice per keystroke)', value: ms(engine.curl50MbMs, 0), goal: '', pass: null },
    { area: '3 Engine', figure: `parse a 1 MB junk paste (${engine.junk1MbWarnings.toLocaleString('en-US')} warnings; 20 are listed)`, value: ms(engine.junk1MbMs, 0), goal: '', pass: null },
    { area: '3 Engine', figure: `export a run as a scenario (tab of ${engine.assembleCaptures} captures; ids kept / masked)`, value: `${ms(engine.exportMs, 2)} / ${ms(engine.exportMaskedMs, 2)}`, goal: '', pass: null },
    { area: '3 Engine', figure: 'exported scenario of seed user B (one capture, one diagnosis batch)', value: `${engine.exportKb.toFixed(1)} KB`, goal: '< 1024 KB', pass: engine.exportKb < 1024 },
  );
  results.engine = engine;
  }

  if (parts.has('4')) {
  log('4/6 bundles…');
  const b = measureBundles(build);
  const cs = total(b.contentScripts, 'bytes');
  const csGz = total(b.contentScripts, 'gzip');
  const popupGz = total(b.popupInitial, 'gzip');
  rows.push(
    ...b.contentScripts.map((f) => ({ area: '4 Bundles', figure: f.file, value: `${kb(f.bytes)} (gzip ${kb(f.gzip)})`, goal: '', pass: null })),
    { area: '4 Bundles', figure: 'content scripts together', value: `${kb(cs)} (gzip ${kb(csGz)})`, goal: `≤ ${kb(BUDGETS.contentScriptsBytes)}`, pass: cs <= BUDGETS.contentScriptsBytes },
    { area: '4 Bundles', figure: 'React in content scripts', value: b.reactInContentScripts.length ? b.reactInContentScripts.map((m) => m.file).join(', ') : 'none', goal: 'none', pass: !b.reactInContentScripts.length },
    { area: '4 Bundles', figure: 'background', value: `${kb(total(b.background, 'bytes'))} (gzip ${kb(total(b.background, 'gzip'))})`, goal: '', pass: null },
    { area: '4 Bundles', figure: `popup JS at open (${b.popupInitial.length} file${b.popupInitial.length === 1 ? '' : 's'}), gzip`, value: `${kb(popupGz)} (raw ${kb(total(b.popupInitial, 'bytes'))})`, goal: `≤ ${kb(BUDGETS.popupInitialGzip)}`, pass: popupGz <= BUDGETS.popupInitialGzip },
  );
  if (b.popupLazy.length) rows.push({ area: '4 Bundles', figure: `popup JS loaded on demand (${b.popupLazy.length} chunks), gzip`, value: kb(total(b.popupLazy, 'gzip')), goal: '', pass: null });
  results.bundles = b;
  }

  if (parts.has('5')) {
  log('5/6 popup open…');
  const popup = await measurePopupOpen(quick ? 3 : runs, 50, build);
  const interactive = median(popup.interactiveMs);
  rows.push(
    { area: '5 Popup', figure: `open → ${popup.captures} captures rendered, Explain enabled`, value: ms(median(popup.renderedMs), 0), goal: '', pass: null },
    // Issue 16's goals: ≤ 120 ms warm and ≤ 250 ms on the first open of a fresh browser.
    { area: '5 Popup', figure: 'open → interactive (warm; first open in brackets)', value: `${ms(interactive, 0)} (${ms(popup.coldInteractiveMs, 0)})`, goal: '≤ 120 ms (≤ 250 ms)', pass: interactive <= 120 && popup.coldInteractiveMs <= 250 },
  );
  results.popup = popup;
  }

  if (parts.has('6')) {
  log('6/6 request box under hostile input…');
  const box = await measureRequestBox(quick ? 2 : 3, build);
  rows.push(
    { area: '6 Request box', figure: '1 MB junk paste (524,288 warnings) → input handled', value: ms(median(box.junkInputMs), 0), goal: '', pass: null },
    { area: '6 Request box', figure: '1 MB junk paste → 20 warnings + count shown (pause 250 ms + one parse)', value: ms(median(box.junkWarningsMs), 0), goal: '', pass: null },
    { area: '6 Request box', figure: '50 MB cURL paste → read (pause 250 ms + one parse)', value: ms(median(box.paste50MbParsedMs), 0), goal: '', pass: null },
    { area: '6 Request box', figure: 'one keystroke in a 50 MB cURL → input handled', value: ms(median(box.keystroke50MbMs), 0), goal: '', pass: null },
    { area: '6 Request box', figure: '— the browser alone: 50 MB set / one keystroke in a plain textarea', value: `${ms(median(box.plainSet50MbMs), 0)} / ${ms(median(box.plainKeystroke50MbMs), 0)}`, goal: '', pass: null },
  );
  results.requestBox = box;
  }

  console.log(`\nAds API Inspector — benchmarks (${results.command})\nMachine: ${results.machine}\n`);
  console.log(printTable(rows));
  const missed = rows.filter((r) => r.pass === false);
  console.log(`\n${rows.filter((r) => r.pass === true).length} goals met, ${missed.length} missed${missed.length ? ': ' + missed.map((r) => `${r.area} ${r.figure}`).join('; ') : ''}. See BENCHMARKS.md.`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ ...results, rows }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
