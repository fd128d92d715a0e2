/**
 * The store packages `npm run zip` makes (WXT's zip, named by wxt.config.ts's artifactTemplate from package.json's
 * name and version), and how to read them back: used by `npm run release` and the package tests.
 */
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type StoreTarget = 'chrome' | 'firefox';

export interface PackageInfo {
  name: string;
  version: string;
}

export function packageInfo(root = process.cwd()): PackageInfo {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageInfo;
  return { name: pkg.name, version: pkg.version };
}

/** Chrome's zip is also the one uploaded to Microsoft Edge Add-ons; Firefox's comes with a sources zip for AMO. */
export function packageZips(root = process.cwd()): Record<StoreTarget | 'sources', string> {
  const { name, version } = packageInfo(root);
  const out = path.join(root, '.output');
  return {
    chrome: path.join(out, `${name}-${version}-chrome.zip`),
    firefox: path.join(out, `${name}-${version}-firefox.zip`),
    sources: path.join(out, `${name}-${version}-sources.zip`),
  };
}

/** Every file of a zip, by its path inside the zip. */
export function readZip(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(file))).filter(([name]) => !name.endsWith('/')));
}

/** Unpack a zip into a fresh temporary folder (what a user does before "Load unpacked"); returns the folder. */
export function unzipToTemp(file: string, prefix = 'aai-package-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, bytes] of readZip(file)) {
    const target = path.resolve(dir, name);
    // A zip entry may not write outside the folder (zip-slip), even from our own build.
    if (!target.startsWith(dir + path.sep)) throw new Error(`Unsafe path in ${file}: ${name}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return dir;
}
