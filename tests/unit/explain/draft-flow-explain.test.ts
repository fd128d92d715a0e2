import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOKKEEPING_FIELDS } from '../../../lib/capture';
import { explainScenario } from '../../../testkit/explain-scenario';
import { buildReport, toCurlExport, toMarkdown } from '../../../lib/report';
import { parseScenario } from '../../../lib/scenario';

const FIXTURES = join(__dirname, '../../fixtures/scenarios');
function load(name: string) {
  const r = parseScenario(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

describe('a draft flow explained: the assembled ad set is what is compared and exported', () => {
  it('create → update → publish: the update’s values are compared, bookkeeping is nowhere a difference, a fix or something to copy', async () => {
    const e = await explainScenario(load('draft-flow-create-update-publish.json'), { now: () => Date.UTC(2026, 0, 1) });
    // The create sent 500; the update 1000 and the phone-number id.
    expect(String(e.ui?.request.fields.daily_budget)).toBe('1000');
    expect(e.ui?.request.fields).toMatchObject({ promoted_object: { whats_app_business_phone_number_id: '501234567890123' } });
    expect(e.ui?.draft).toMatchObject({ operation: 'create', fragmentId: '23853110000000099' });
    const tops = (e.diff?.entries ?? []).map((d) => d.path.split('.')[0]!);
    const fixes = e.findings.flatMap((f) => f.fix.map((t) => JSON.stringify(t)));
    for (const name of BOOKKEEPING_FIELDS) {
      expect(tops).not.toContain(name);
      expect(fixes.join(' ')).not.toContain(name);
      expect(Object.keys(e.uiEquivalent?.fields ?? {})).not.toContain(name);
    }
    expect(Object.keys(e.ui?.bookkeeping ?? {})).toEqual(expect.arrayContaining(['acting_business_id', 'parentAdObjectID', 'placement']));

    const report = buildReport(e, { toolVersion: '0.0.0', locale: 'en' });
    expect(report.ui?.bookkeeping).toMatchObject({ parentAdObjectID: '120234472620180097' });
    for (const name of BOOKKEEPING_FIELDS) expect(Object.keys(report.ui?.request.fields ?? {})).not.toContain(name);
    const curl = toCurlExport(e.uiEquivalent!);
    const markdown = toMarkdown(report);
    for (const name of ['acting_business_id', 'parentAdObjectID', 'placement', 'is_autobid', 'targeting_as_signal']) {
      expect(curl).not.toContain(name);
      expect(markdown).not.toContain(name);
    }
  });
});
