import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The scenario examples every test may rely on: copies of the shared examples, inside the repository, so that an
 * outside contributor's fresh clone (no ../shared beside it) passes `npm test`. Resolved from this file, not from
 * the working directory.
 */
export const SHARED_SCENARIOS = path.resolve(__dirname, 'fixtures', 'scenarios', 'shared-examples');

/**
 * The shared examples where sessions and CI lay them (../shared/scenarios beside the repository), or null when
 * absent: tests check that they still diagnose as they say, and skip that check visibly without them.
 */
export const UPSTREAM_SCENARIOS: string | null = (() => {
  const dir = path.resolve(__dirname, '..', '..', 'shared', 'scenarios');
  return existsSync(dir) ? dir : null;
})();
