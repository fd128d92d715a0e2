import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRelease, releasedInChangelog } from '../../../scripts/release/version-rule';

const changelog = (...versions: string[]) =>
  ['# Changelog', '', '## [Unreleased]', '', ...versions.flatMap((v) => [`## [${v}] - 2026-12-02`, '', '### Added', '- something', ''])].join('\n');

describe('the release rule', () => {
  it('reads only dated sections, not [Unreleased] or prose', () => {
    expect(releasedInChangelog(changelog('1.1.0', '1.0.0') + '\nSee ## [2.0.0] later.\n## [3.0.0]\n')).toEqual(['1.1.0', '1.0.0']);
  });

  it('accepts a first release documented in the CHANGELOG', () => {
    expect(checkRelease({ version: '0.1.0', changelog: changelog('0.1.0'), tags: [] })).toEqual({ ok: true, previous: null });
  });

  it('accepts a bump above the last tag and the last documented release', () => {
    expect(checkRelease({ version: '0.2.0', changelog: changelog('0.2.0', '0.1.0'), tags: ['v0.1.0'] })).toEqual({ ok: true, previous: '0.1.0' });
  });

  it('refuses a version with no dated CHANGELOG section', () => {
    const v = checkRelease({ version: '0.2.0', changelog: changelog('0.1.0'), tags: ['v0.1.0'] });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toMatch(/## \[0\.2\.0\] - YYYY-MM-DD/);
  });

  it('refuses a version that was already tagged (the bump was forgotten)', () => {
    const v = checkRelease({ version: '0.1.0', changelog: changelog('0.1.0'), tags: ['v0.1.0'] });
    expect(!v.ok && v.reason).toMatch(/already tagged/);
  });

  it('refuses a version lower than an earlier release, tagged or only in the CHANGELOG', () => {
    expect(checkRelease({ version: '0.1.5', changelog: changelog('0.1.5', '0.2.0'), tags: [] })).toMatchObject({ ok: false });
    expect(checkRelease({ version: '0.1.5', changelog: changelog('0.1.5'), tags: ['v0.2.0', 'not-a-version'] })).toMatchObject({ ok: false });
  });

  it('compares as semver, not as text (0.10.0 is after 0.9.0)', () => {
    expect(checkRelease({ version: '0.10.0', changelog: changelog('0.10.0', '0.9.0'), tags: ['v0.9.0'] })).toEqual({ ok: true, previous: '0.9.0' });
  });

  it('holds for the repository as it is', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(releasedInChangelog(readFileSync('CHANGELOG.md', 'utf8'))[0]).toBe(version);
  });
});
