import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeFields, type AdsetRequest } from '../../../lib/model';
import { toCurlExport } from '../../../lib/report';
import { parseApiRequest, toCurl } from '../../../lib/request';
import { encodeFormComponent, parseFormParams } from '../../../lib/model/form-encoding';

// The exported cURL is run by a developer in a real shell: run it through bash with `curl` stubbed as a function
// that writes its argv (NUL-separated) to a file, and count every command bash runs with a DEBUG trap (functrace on,
// so command substitutions and subshells are counted too). Exactly one command may run: curl, with the argv the
// request stands for.
const dir = mkdtempSync(join(tmpdir(), 'curl-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Resolved once with the real PATH: the script itself runs with an empty one, so nothing but our stub can be found.
const BASH = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
const TOKEN = 'EAAGtesttokenfromtheenvironment0ZDZD';

function runInBash(script: string): { commands: string[]; argv: string[][] } {
  const argvFile = join(dir, 'argv');
  const cmdFile = join(dir, 'commands');
  writeFileSync(argvFile, '');
  writeFileSync(cmdFile, '');
  const prelude = [
    `curl() { printf '%s\\0' "$@" >> "$ARGV_FILE"; printf '\\n' >> "$ARGV_FILE"; }`,
    'set -T',
    `trap '[[ \${FUNCNAME[0]:-} == curl ]] || printf "%s\\0" "$BASH_COMMAND" >> "$CMD_FILE"' DEBUG`,
  ].join('\n');
  const scriptFile = join(dir, 'export.sh');
  writeFileSync(scriptFile, `${prelude}\n${script}\n`);
  const r = spawnSync(BASH, ['--norc', '--noprofile', scriptFile], {
    cwd: dir,
    env: { PATH: '/nonexistent', ARGV_FILE: argvFile, CMD_FILE: cmdFile, ACCESS_TOKEN: TOKEN },
    encoding: 'utf8',
  });
  expect(r.error).toBeUndefined();
  const commands = readFileSync(cmdFile, 'utf8').split('\0').filter((c) => c !== '');
  const argv = readFileSync(argvFile, 'utf8')
    .split('\0\n')
    .filter((c) => c !== '')
    .map((call) => call.split('\0'));
  return { commands, argv };
}

/** What curl would send, read from its argv the way curl reads it (`-d` as is, `--data-urlencode name=content`). */
function bodyOf(args: string[]): [string, string][] {
  const pieces: string[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const [opt, value = ''] = [args[i], args[i + 1]];
    if (opt === '-d') pieces.push(value);
    else if (opt === '--data-urlencode') {
      const eq = value.indexOf('=');
      pieces.push(`${value.slice(0, eq)}=${encodeFormComponent(value.slice(eq + 1))}`);
    } else throw new Error(`unexpected curl option ${opt}`);
  }
  return parseFormParams(pieces.join('&'));
}

function expectedUrl(req: AdsetRequest): string {
  const version = req.apiVersion ? `/${req.apiVersion}` : '';
  return `https://${req.host ?? 'graph.facebook.com'}${version}/act_${req.adAccountId ?? '{ad_account_id}'}/adsets`;
}

const HOSTILE = [..."'\"\\$`\n\r\t !#&=+%;|<>{}[]()*?~^", 'é', 'a', '0', '$(touch pwned)', '`id`', "$'\\073id'", '\\n'];
const hostile = fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 20 });
const method = fc.oneof(
  fc.constantFrom('POST', 'post', 'Get', 'PUT', 'patch', 'DELETE', 'head', 'OPTIONS', ' post '),
  fc.constantFrom('POST;id', 'POST\nid', 'POST $(id)', "$'\\120OST'", 'POST`id`', 'PO ST', 'POST&&id'),
  hostile,
);
const fields = fc.dictionary(
  fc.oneof(fc.constantFrom('name', 'status', 'daily_budget', 'promoted_object', 'targeting'), hostile.filter((k) => k.trim() !== '')),
  fc.oneof(hostile, fc.integer(), fc.dictionary(hostile, hostile, { maxKeys: 3 })),
  { minKeys: 1, maxKeys: 5 },
);
const url = fc
  .tuple(fc.constantFrom('https://graph.facebook.com', 'https://adsmanager-graph.facebook.com', 'graph.facebook.com'), fc.constantFrom('/v20.0', '', '/v22.0'), fc.constantFrom('1187654321098765', '{ad_account_id}', '1'), hostile)
  .map(([host, version, account, tail]) => `${host}${version}/act_${account}/adsets${tail ? `?x=${encodeURIComponent(tail)}` : ''}`);
/** Pastes of every shape that carries a method: a JSON wrapper's `method`, cURL's `-X`. */
const paste = fc.oneof(
  fc.tuple(url, method, fields).map(([u, m, f]) => JSON.stringify({ url: u, method: m, body: f })),
  fc.tuple(url, method, fields).map(([u, m, f]) => {
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    return `curl -X ${q(m)} ${q(u)} ${Object.entries(encodeFields(f)).map(([k, v]) => `--data-urlencode ${q(`${k}=${v}`)}`).join(' ')}`;
  }),
);

describe('the exported cURL runs exactly one command, curl, with the request as its argv (real bash)', () => {
  it('toCurl and the cURL export, for any parsed request', () => {
    let parsedCount = 0;
    fc.assert(
      fc.property(paste, (input) => {
        const parsed = parseApiRequest(input);
        if (!parsed.ok) return;
        parsedCount++;
        for (const [curl, req] of [
          [toCurl(parsed.request), parsed.request],
          [toCurlExport(parsed.request), { ...parsed.request, transport: {} }],
        ] as const) {
          const { commands, argv } = runInBash(curl);
          expect(commands).toHaveLength(1);
          expect(argv).toHaveLength(1);
          const [x, m, u, ...data] = argv[0] as string[];
          expect([x, m, u]).toEqual(['-X', (req.method || 'POST').toUpperCase(), expectedUrl(req)]);
          expect(bodyOf(data)).toEqual([['access_token', TOKEN], ...Object.entries(encodeFields(req.fields))]);
        }
      }),
      { numRuns: 150 },
    );
    expect(parsedCount).toBeGreaterThan(10);
  });

  it.each([['POST;touch pwned'], ['POST\ntouch pwned'], ['POST $(touch pwned)'], ["$'\\120\\117\\123\\124'"]])(
    'a pasted method %j is refused with a message, never exported',
    (m) => {
      const r = parseApiRequest(JSON.stringify({ url: 'https://graph.facebook.com/v20.0/act_1/adsets', method: m, body: { name: 'x' } }));
      expect(r).toMatchObject({ ok: false, error: { key: 'requestBadMethod' } });
    },
  );
});
