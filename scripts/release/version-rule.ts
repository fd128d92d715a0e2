/**
 * The release rule `npm run release` enforces (README, "Releasing"): a version is released once, documented, and
 * higher than every release before it.
 *
 * 1. CHANGELOG.md has a dated section for package.json's version: `## [1.2.3] - 2026-12-02`.
 * 2. That version is higher (semver) than the previous release: the highest of the `vX.Y.Z` git tags and of the
 *    CHANGELOG's other dated sections. So a forgotten bump fails whether or not the last release was tagged.
 * 3. No `v<version>` tag exists yet (that version was already shipped).
 * A first release (no tags, no other dated section) needs only rule 1.
 */
import semver from 'semver';

export interface ReleaseInputs {
  version: string;
  changelog: string;
  tags: readonly string[];
}

export type ReleaseVerdict = { ok: true; previous: string | null } | { ok: false; reason: string };

/** Versions of the CHANGELOG's dated sections (`## [x.y.z] - YYYY-MM-DD`), in file order; `[Unreleased]` is not one. */
export function releasedInChangelog(changelog: string): string[] {
  return [...changelog.matchAll(/^## \[([^\]]+)\] - \d{4}-\d{2}-\d{2}\s*$/gm)].map((m) => m[1]!);
}

export function checkRelease({ version, changelog, tags }: ReleaseInputs): ReleaseVerdict {
  if (!semver.valid(version)) return { ok: false, reason: `package.json's version "${version}" is not a semantic version (x.y.z).` };
  const documented = releasedInChangelog(changelog);
  if (!documented.includes(version)) {
    return { ok: false, reason: `CHANGELOG.md has no dated section for ${version}: add "## [${version}] - YYYY-MM-DD" with what changed.` };
  }
  const tagged = tags.map((t) => /^v(\d+\.\d+\.\d+.*)$/.exec(t.trim())?.[1]).filter((v): v is string => !!v && !!semver.valid(v));
  if (tagged.includes(version)) return { ok: false, reason: `v${version} is already tagged: bump the version in package.json and add its CHANGELOG section.` };
  const earlier = [...tagged, ...documented.filter((v) => v !== version && semver.valid(v))];
  const previous = earlier.length ? semver.rsort([...earlier])[0]! : null;
  if (previous && !semver.gt(version, previous)) {
    return { ok: false, reason: `Version ${version} is not higher than the previous release ${previous}: bump it in package.json.` };
  }
  return { ok: true, previous };
}
