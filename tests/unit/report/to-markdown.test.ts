import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../lib/explain/explanation';
import { buildReport, toMarkdown } from '../../../lib/report';
import { explanationFor, META, PERSONAL, SEED_A, SEED_B } from './fixtures';

const seedB = await explanationFor(SEED_B);
const md = toMarkdown(buildReport(seedB, META), 'en');

/** The `## ` headings in order. */
const headings = (s: string) => [...s.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
/** The text of one section (up to the next `## `). */
const section = (s: string, heading: string) => s.split(/^## /m).find((p) => p.startsWith(`${heading}\n`)) ?? '';

describe('toMarkdown: seed user B, English', () => {
  it('title names the error and its meaning', () => {
    expect(md.split('\n')[0]).toBe('# Marketing API error 100/2446885: WhatsApp Business account required');
  });

  it('sections in the order of the seed ticket', () => {
    expect(headings(md)).toEqual([
      'Problem summary',
      'Error details',
      'API request',
      'Ads Manager (UI) request',
      'UI vs API comparison',
      'What was verified',
      'Findings',
      'Trace ids',
    ]);
  });

  it('problem summary: one paragraph with the situation and the proven cause', () => {
    const body = section(md, 'Problem summary').trim().split('\n').slice(2);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatch(/^Creating this ad set works in Ads Manager, but through the Marketing API the same ad set fails with error 100\/2446885 \(WhatsApp Business account required\)\. Proven cause: /);
  });

  it('error details: the Graph error JSON with error_user_title/msg and fbtrace_id', () => {
    const s = section(md, 'Error details');
    const json = /```json\n([\s\S]*?)\n```/.exec(s)![1]!;
    expect(JSON.parse(json)).toEqual({
      error: {
        message: 'Invalid parameter',
        type: 'OAuthException',
        code: 100,
        error_subcode: 2446885,
        is_transient: false,
        error_user_title: 'Требуется Страница с аккаунтом WhatsApp Business',
        error_user_msg: expect.stringMatching(/^Номер WhatsApp/),
        fbtrace_id: 'AsKfiEctM-vEtCOlrXGuwam',
      },
    });
  });

  it('API request: endpoint and body, token as {access_token}', () => {
    const s = section(md, 'API request');
    expect(s).toContain('```\nPOST https://graph.facebook.com/v20.0/act_1187654321098765/adsets\n```');
    const body = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(s)![1]!) as Record<string, unknown>;
    expect(Object.keys(body)[0]).toBe('access_token');
    expect(body).toMatchObject({ access_token: '{access_token}', destination_type: 'WHATSAPP', promoted_object: { page_id: '734116649781310' } });
  });

  it('UI request: where it went, transport summarised (count, secrets redacted), answer, fields', () => {
    const s = section(md, 'Ads Manager (UI) request');
    expect(s).toContain('`POST https://adsmanager-graph.facebook.com/v22.0/act_1187654321098765/adsets`');
    expect(s).toMatch(/\*\*Transport parameters:\*\* 11, set aside and not compared\. Secrets among them \(redacted, never exported\): `access_token`, `fb_dtsg`, `jazoest`\. Others: .* and 5 more\./);
    expect(s).not.toMatch(/suppress_http_code|\[redacted\]/);
    expect(s).toContain('HTTP 200, created 120235999999990001');
    expect(s).toContain('"whats_app_business_phone_number_id": "501234567890123"');
  });

  it('comparison: the hidden id is the first row, equivalents in one line', () => {
    const s = section(md, 'UI vs API comparison');
    const rows = s.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| Field | Ads Manager (UI) | API request | Difference |');
    expect(rows[1]).toBe('| **`promoted_object.whats_app_business_phone_number_id`** | `501234567890123` | — | only in Ads Manager |');
    expect(rows).toContain('| `api_version` | `v22.0` | `v20.0` | different |');
    expect(rows.join('\n')).not.toContain('promoted_object.page_id');
    expect(s).toMatch(/^Same on both sides after normalisation \(\d+\): .*`promoted_object\.whatsapp_phone_number` \(phone number format\)/m);
    expect(s).toMatch(/^- `promoted_object\.whats_app_business_phone_number_id`: a WhatsApp Business phone-number id/m);
  });

  it('what was verified: ✅/❌/⚠️ lines for token, scopes, Page, WABA, account, campaign, validate_only', () => {
    const lines = section(md, 'What was verified').split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual(
      expect.arrayContaining([
        '- ✅ The token belongs to `Marketer B` (100012345678901).',
        '- ✅ The token is valid (type `USER`) and does not expire.',
        '- ✅ Permission `ads_management` is granted.',
        '- ✅ `pages_manage_ads` covers 734116649781310.',
        '- ✅ Page `734116649781310 (Select Phuket)` has WhatsApp number `+7 700 635 3580` connected (whatsapp_number).',
        '- ✅ Ad account act_1187654321098765 is active (account_status 1).',
        '- ✅ Campaign 120234472620180097: objective `OUTCOME_TRAFFIC` allows a WhatsApp destination.',
        '- ❌ validate_only, `Your API request as is`: failed with error `100/2446885` (fbtrace_id `AsKfiEctM-vEtCOlrXGuwam`).',
        '- ✅ validate_only, `The request Ads Manager sent`: passed.',
      ]),
    );
    expect(lines.find((l) => l.includes('792684993372941'))).toMatch(/^- ❌ The phone numbers of WhatsApp Business account 792684993372941 cannot be read with this token \(Graph error 200\)\. — /);
    expect(lines.find((l) => l.includes('whatsapp_business_management'))).toMatch(/^- ⚠️ /);
    expect(lines.every((l) => /^- (✅|❌|⚠️) /.test(l))).toBe(true);
  });

  it('findings: ranked, verdict, evidence, fix steps, the proven minimal change; ruled-out ones one line each', () => {
    const s = section(md, 'Findings');
    expect([...s.matchAll(/^### (\d+)\. /gm)].map((m) => m[1])).toEqual(['1']);
    expect(s).toContain('**Verdict:** cause (proven) · `hidden-field`');
    expect(s).toMatch(/### Ruled out \(1\)\n\n- \*\*.+\*\* \(`phone-mismatch`, ad set\): .+$/m);
    expect(s.indexOf('hidden-field')).toBeLessThan(s.indexOf('phone-mismatch'));
    expect(s).toContain('`501234567890123` — `diff:promoted_object.whats_app_business_phone_number_id`');
    expect(s).toContain('`POST act_1187654321098765/adsets`');
    expect(s).toMatch(/\*\*How to fix\*\*\n\n1\. /);
    expect(s).toContain('**Minimal change that passed validate_only:** `add promoted_object.whats_app_business_phone_number_id = 501234567890123`');
  });

  it('trace ids listed, footer with version and date', () => {
    const s = section(md, 'Trace ids');
    expect(s).toContain('- `AsKfiEctM-vEtCOlrXGuwam`\n- `Ay7COK51Mrr64JCSfyohFdm`');
    expect(md.trimEnd().split('\n').at(-1)).toBe('_Generated by Ads API Inspector v0.1.0 on 2026-11-25 08:12 UTC_');
  });
});

describe('toMarkdown: other cases', () => {
  it('Russian headings and sentences; values unchanged', async () => {
    const ru = toMarkdown(buildReport(await explanationFor(PERSONAL), { ...META, locale: 'ru' }));
    expect(ru.split('\n')[0]).toBe('# Ошибка Marketing API 100/2446885: требуется аккаунт WhatsApp Business');
    expect(headings(ru)).toEqual([
      'Суть проблемы',
      'Подробности ошибки',
      'Запрос через API',
      'Запрос Ads Manager (интерфейс)',
      'Сравнение запросов интерфейса и API',
      'Что проверено',
      'Выводы',
      'Идентификаторы трассировки (fbtrace_id)',
    ]);
    expect(ru).toContain('- ❌ Страница `734116649781310 (Select Phuket)`: has_whatsapp_business_number = false');
    expect(ru).toContain('Отправка этой группы объявлений из самого Ads Manager тоже завершилась ошибкой');
    expect(ru).toContain('- `A2T9GcvFT4w01-_Sjye2cos`');
    expect(ru).toMatch(/_Создано в Ads API Inspector v0\.1\.0, 2026-11-25 08:12 UTC_\n$/);
  });

  it('a report can be rendered in the other language: no English heading left in the Russian one', () => {
    const report = buildReport(seedB, META);
    const ru = toMarkdown(report, 'ru');
    expect(headings(ru)[0]).toBe('Суть проблемы');
    expect(ru).not.toMatch(/What was verified|The token is valid|Creating this ad set/);
    expect(ru).toContain('validate_only, `Ваш API-запрос как есть`: ошибка `100/2446885`');
  });

  it('user A: no error title, no differences of note', async () => {
    const a = toMarkdown(buildReport(await explanationFor(SEED_A), META));
    expect(a.split('\n')[0]).toBe('# Ad set request diagnosis (no Graph error recorded)');
    expect(section(a, 'Error details')).toContain('No Graph error was recorded in this diagnosis.');
  });

  it('dry runs repeated one per call (Meta batch limit) are said under what was verified, in both languages', () => {
    expect(section(md, 'What was verified')).not.toContain('repeated');
    const limited: Explanation = { ...seedB, facts: { ...seedB.facts!, singleCallRetries: ['validate_ui', 'variant_0'] } };
    expect(section(toMarkdown(buildReport(limited, META), 'en'), 'What was verified')).toContain(
      'Graph refused 2 validate_only runs in one batch, as Meta documents for several ad sets of one campaign; each was repeated as a single call',
    );
    expect(toMarkdown(buildReport(limited, META), 'ru')).toContain('Запуски validate_only, отклонённые Graph в одном пакете (их 2)');
  });

  it('no capture, no facts: every section still there, saying what is missing', () => {
    const bare: Explanation = { ...seedB, ui: null, uiEquivalent: null, diff: null, facts: null, findings: [] };
    const s = toMarkdown(buildReport(bare, META));
    expect(headings(s)).toHaveLength(8);
    expect(section(s, 'Ads Manager (UI) request')).toContain('No Ads Manager submission was captured.');
    expect(section(s, 'UI vs API comparison')).toContain('No comparison');
    expect(section(s, 'What was verified')).toContain('- ⚠️ Nothing was checked with Meta');
    expect(section(s, 'Findings')).toContain('No findings.');
    expect(section(s, 'Trace ids')).toContain('No fbtrace_id was recorded.');
  });

  it('table cells: `|` escaped, newlines flattened, long values cut, backticks survive', () => {
    const e = structuredClone(seedB);
    const first = e.diff!.entries[0]!;
    first.ui = 'a|b\nc`d';
    e.diff!.entries[1] = { ...e.diff!.entries[1]!, kind: 'different', ui: { list: Array.from({ length: 200 }, (_, i) => i) }, api: 'x' };
    const s = toMarkdown(buildReport(e, META));
    const rows = section(s, 'UI vs API comparison').split('\n').filter((l) => l.startsWith('| '));
    expect(rows[1]).toBe('| **`promoted_object.whats_app_business_phone_number_id`** | `` a\\|b c`d `` | — | only in Ads Manager |');
    const long = rows.find((r) => r.includes('"list"'))!;
    expect(long).toMatch(/`\{"list": \[0, 1, 2, .*…` \|/);
    expect(long.length).toBeLessThan(500);
    // Each row has exactly 5 unescaped pipes (4 columns).
    for (const r of rows) expect(r.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('a value holding ``` cannot break out of its JSON block', () => {
    const e = structuredClone(seedB);
    e.api.request.fields.name = 'x\n```\n# injected heading';
    const s = toMarkdown(buildReport(e, META));
    expect(headings(s)).toHaveLength(8);
    expect(s).not.toMatch(/^# injected heading/m);
  });

  it('WhatsApp number records the UI received become a table; draft ids are shown', () => {
    const e = structuredClone(seedB);
    e.ui!.response!.whatsappNumbers = [
      { whatsapp_number: '77006353580', formatted_whatsapp_number: '+7 700 635 3580', page_whatsapp_number_id: '9001', waba_id: '792684993372941', is_business_number: true },
    ];
    e.ui!.draft = { draftId: '6000001', parentId: '120234472620180097' };
    const s = section(toMarkdown(buildReport(e, META)), 'Ads Manager (UI) request');
    expect(s).toContain('| whatsapp_number | formatted_whatsapp_number | page_whatsapp_number_id | waba_id | is_business_number |');
    expect(s).toContain('| `77006353580` | `+7 700 635 3580` | `9001` | `792684993372941` | `true` |');
    expect(s).toContain('**Draft / parent:** `6000001` / `120234472620180097`');
  });
});
