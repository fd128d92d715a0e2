// End to end with lib/explain's own pipeline (explainScenario on the shared scenarios): whatever the rules find,
// the exports must be valid, complete and free of the scenario's token.
import { describe, expect, it } from 'vitest';
import { compareBundles } from '../../../lib/explain';
import { explainScenario } from '../../../testkit/explain-scenario';
import { buildReport, exportFileName, ReportSchema, toCurlExport, toMarkdown } from '../../../lib/report';
import { PERSONAL, scenario, SEED_A, SEED_B } from './fixtures';

const now = () => Date.UTC(2026, 10, 25, 8, 12);
const META = { toolVersion: '0.1.0', generatedAt: new Date(now()) };

describe.each([SEED_B, PERSONAL, SEED_A])('%s through explainScenario', (name) => {
  it('JSON, Markdown (en, ru) and cURL: valid, complete, no token', async () => {
    const s = scenario(name);
    const explanation = await explainScenario(s, { now });
    for (const locale of ['en', 'ru'] as const) {
      const report = buildReport(explanation, { ...META, locale, secrets: [s.token] });
      expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(JSON.parse(JSON.stringify(report)));
      expect(report.summary.topFinding?.id).toBe(s.expect?.top);
      // Rendered texts come from the catalogue: no raw explain_/report key left in a rendered member.
      for (const f of report.findings) expect([f.titleText, f.detailText, ...f.fixText].join(' ')).not.toMatch(/\b(explain|report)_?[a-z]+_[a-z_]+\b/);
      const md = toMarkdown(report, locale, { secrets: [s.token] });
      expect(md.match(/^## /gm)).toHaveLength(8);
      const curl = toCurlExport(report, { secrets: [s.token] });
      for (const out of [JSON.stringify(report), md, curl]) {
        expect(out).not.toContain(s.token);
        expect(out).not.toMatch(/EAA[A-Za-z0-9]{20,}/);
      }
      for (const id of report.fbtraceIds) expect(md).toContain(`- \`${id}\``);
      expect(exportFileName('md', report)).toMatch(/^ads-api-inspector-(2446885|report)-20261125-0812\.md$/);
    }
  });
});

describe('working vs failing (compareBundles) in the exports', () => {
  it('the differences become a table in the Markdown and stay in the JSON', async () => {
    const a = await explainScenario(scenario(SEED_A), { now });
    const b = await explainScenario(scenario(PERSONAL), { now });
    const comparison = compareBundles(a, b);
    expect(comparison.length).toBeGreaterThan(0);
    const report = buildReport(b, { ...META, locale: 'en', comparison });
    expect(report.comparison).toHaveLength(comparison.length);
    const md = toMarkdown(report);
    expect(md).toContain('## Working vs failing\n\n| Fact | Working | Failing | Why it may matter |');
    const hasBusiness = comparison.find((d) => d.path === 'page.has_whatsapp_business_number');
    if (hasBusiness) expect(md).toContain('| `page.has_whatsapp_business_number` | `true` | `false` |');
    expect(md.match(/^## /gm)).toHaveLength(9);
  });
});
