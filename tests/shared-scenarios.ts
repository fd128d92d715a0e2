import path from 'node:path';

/**
 * The shared scenario examples (../shared/scenarios beside the repository: where CI and every session lay it).
 * Resolved from this file, not from the working directory or an absolute path.
 */
export const SHARED_SCENARIOS = path.resolve(__dirname, '..', '..', 'shared', 'scenarios');
