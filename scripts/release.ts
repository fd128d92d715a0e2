/**
 * `npm run release`: check the version was bumped (scripts/release/version-rule.ts), build both store zips
 * (`npm run zip`), and print each file's path, size and SHA-256 for the release notes and the store uploads.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { packageInfo, packageZips } from './packages';
import { checkRelease } from './release/version-rule';

function gitTags(): string[] {
  try {
    return execFileSync('git', ['tag', '--list', 'v*'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    // Not a git checkout (a sources zip, say): the CHANGELOG alone says what was released.
    return [];
  }
}

function main(): number {
  const { version } = packageInfo();
  const changelog = existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8') : '';
  const verdict = checkRelease({ version, changelog, tags: gitTags() });
  if (!verdict.ok) {
    console.error(`Cannot release: ${verdict.reason}`);
    return 1;
  }
  console.log(`Releasing ${version}${verdict.previous ? ` (previous release ${verdict.previous})` : ' (first release)'}; building both zips…`);
  try {
    // Quiet when it works (Rollup's notes about third-party comments are noise here); everything when it does not.
    execSync('npm run zip', { stdio: 'pipe' });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    console.error(`npm run zip failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    return 1;
  }
  const zips = packageZips();
  const rows = (['chrome', 'firefox', 'sources'] as const).map((kind) => {
    const file = zips[kind];
    const bytes = readFileSync(file);
    return { kind, file: path.relative(process.cwd(), file), size: statSync(file).size, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const store = { chrome: 'Chrome Web Store and Microsoft Edge Add-ons', firefox: 'addons.mozilla.org', sources: 'addons.mozilla.org (source code for review)' };
  for (const r of rows) {
    console.log(`\n${r.file}\n  for:    ${store[r.kind]}\n  size:   ${r.size} bytes (${(r.size / 1024).toFixed(1)} KiB)\n  sha256: ${r.sha256}`);
  }
  console.log(`\nNext: tag the commit (git tag v${version}) and upload the zips.`);
  return 0;
}

process.exit(main());
