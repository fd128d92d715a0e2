import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS, measureBundles, total } from '../../scripts/bench/bundles';

/**
 * Size budgets from the benchmarks issue, on the build output (deterministic; no browser). Timings are measured by
 * `npm run bench` and recorded in BENCHMARKS.md, never asserted. Run after `npx wxt build`.
 */
const OUT = path.resolve('.output/chrome-mv3');
if (!existsSync(path.join(OUT, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
const sizes = measureBundles(OUT);
const list = (files: { file: string; bytes: number; gzip: number }[]) => files.map((f) => `${f.file}: ${f.bytes} B, gzip ${f.gzip} B`).join('\n');

test('no React in the content scripts', () => {
  expect(sizes.contentScripts.length).toBe(2);
  expect(sizes.reactInContentScripts).toEqual([]);
});

test('the page-world hook stays within 8 KB', () => {
  const hook = sizes.contentScripts.find((f) => f.file.includes('capture'));
  expect(hook, list(sizes.contentScripts)).toBeDefined();
  expect(hook!.bytes, list(sizes.contentScripts)).toBeLessThanOrEqual(BUDGETS.hookBytes);
});

test('content scripts together stay within 8 KB', () => {
  expect(total(sizes.contentScripts, 'bytes'), list(sizes.contentScripts)).toBeLessThanOrEqual(BUDGETS.contentScriptsBytes);
});

test('the isolated bridge bundles neither zod, @webext-core/messaging nor WXT’s page-visible ContentScriptContext', () => {
  const bridge = sizes.contentScripts.find((f) => f.file.includes('adsmanager'));
  expect(bridge).toBeDefined();
  const code = readFileSync(path.join(OUT, bridge!.file), 'utf8');
  // The background validates what the bridge forwards (lib/capture/hook-message.ts); zod objects carry `_zod`.
  expect(code).not.toContain('_zod');
  expect(code).not.toContain('[messaging]');
  expect(code).not.toContain('wxt:content-script-started');
});

test('the popup loads no zod before its first paint (schemas come with the parsers, on demand)', () => {
  // A schema the first paint reaches keeps all of zod's classic API alive (about 94 KB raw): lib/model keeps what the
  // first paint reads (levels, transport fields, blamed fields) apart from the schemas.
  for (const f of sizes.popupInitial) expect(readFileSync(path.join(OUT, f.file), 'utf8'), f.file).not.toContain('_zod');
  expect(sizes.popupLazy.some((f) => readFileSync(path.join(OUT, f.file), 'utf8').includes('_zod'))).toBe(true);
});

test('popup JS loaded at open is at most 100 KB gzipped', () => {
  expect(total(sizes.popupInitial, 'gzip'), list(sizes.popupInitial)).toBeLessThanOrEqual(BUDGETS.popupInitialGzip);
});
