import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SHARED_SCENARIOS } from '../../shared-scenarios';

const exec = promisify(execFile);
const root = join(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(tsx, ['scripts/explain.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('npm run explain', () => {
  it('--json prints only the report, findings best first, no token', async () => {
    const r = await cli('--scenario', `${SHARED_SCENARIOS}/seed-user-b-hidden-number-id.json`, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: { id: string }[] };
    expect(report.findings[0]!.id).toBe('hidden-field');
    expect(r.stdout).not.toContain('EAAGm0PX4ZCpsBAFakeUserTokenForScenarioB0ZDZD');
  });

  it('prints a readable report in Russian', async () => {
    const r = await cli('--scenario', `${SHARED_SCENARIOS}/page-number-personal.json`, '--locale', 'ru');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('page-number-not-business');
    expect(r.stdout).toMatch(/has_whatsapp_business_number = false/);
  });

  it.each([
    ['a missing file', ['--scenario', '/nonexistent/x.json']],
    ['not JSON', ['--scenario', 'BAD_JSON']],
    ['no --scenario', []],
    ['a bad locale', ['--scenario', `${SHARED_SCENARIOS}/seed-user-a-works.json`, '--locale', 'de']],
  ])('%s → exit code 2 with a clear error', async (_name, args) => {
    let a = args;
    if (args[1] === 'BAD_JSON') {
      const p = join(tmpdir(), `bad-${process.pid}.json`);
      writeFileSync(p, '{ not json');
      a = ['--scenario', p];
    }
    const r = await cli(...a);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^explain: /);
  });
});
