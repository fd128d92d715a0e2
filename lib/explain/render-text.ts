import { format, type Locale, type Text } from '../i18n';
import type { Evidence, Finding } from '../model';
import type { Explanation } from './explanation';
import { uiValue } from '../request/fill-unresolved';
import { showValue } from './show-value';

function sourceOf(e: Evidence): string {
  return typeof e.source === 'string' ? e.source : `${e.source.method} ${e.source.relativeUrl}${e.source.field ? ` → ${e.source.field}` : ''} [${e.source.itemId}]`;
}

/** One finding as plain text: title, detail, evidence, minimal fix, fix steps, docs (what tests search `mentions` in). */
export function renderFinding(f: Finding, locale: Locale = 'en'): string {
  const t = (x: Parameters<typeof format>[0]) => format(x, locale);
  const lines = [`[${f.verdict}] ${f.id}: ${t(f.title)}`, `  ${t(f.detail)}`];
  for (const e of f.evidence) lines.push(`  • ${t(e.fact)}: ${e.value}  (${sourceOf(e)})`);
  if (f.minimalFix?.length) lines.push(`  ✔ minimal fix: ${f.minimalFix.map((c) => `${c.op} ${c.path}${c.value === undefined ? '' : ` = ${showValue(c.value)}`}`).join('; ')}`);
  f.fix.forEach((s, i) => lines.push(`  ${i + 1}. ${t(s)}`));
  for (const d of f.docs) lines.push(`  ↗ ${d}`);
  return lines.join('\n');
}

/** The CLI's readable report: what was compared, how many Graph round trips, findings best first. */
export function renderExplanation(e: Explanation, locale: Locale = 'en'): string {
  const t = (x: Parameters<typeof format>[0]) => format(x, locale);
  const out: string[] = [];
  out.push(t({ key: 'explain_report_heading' }));
  out.push(
    `${t({ key: 'explain_report_ui' })}: ${e.ui ? `${e.ui.encoding} ${e.ui.request.apiVersion ?? '?'} act_${e.ui.request.adAccountId ?? '?'}` : '—'}`,
    `${t({ key: 'explain_report_api' })}: ${e.api.format} ${e.api.request.apiVersion ?? '?'} act_${e.api.request.adAccountId ?? '?'}`,
  );
  for (const line of filledLines(e, locale)) out.push(`  ${line}`);
  if (e.diff) {
    const s = e.diff.summary;
    out.push(`${t({ key: 'explain_report_diff' })}: only_ui=${s.only_ui} only_api=${s.only_api} different=${s.different} equivalent=${s.equivalent}`);
    for (const d of e.diff.entries.filter((x) => x.kind !== 'equivalent')) {
      out.push(`  ${d.kind.padEnd(9)} ${d.path}${d.category === 'bookkeeping' ? ' (bookkeeping)' : ''}: UI ${showValue(d.ui)} · API ${showValue(d.api)}`);
    }
  }
  if (e.facts) {
    out.push(`${t({ key: 'explain_report_graph' })}: ${e.facts.roundTrips} · validate_only ×${e.facts.validations.length}${e.facts.fbtraceIds.length ? ` · fbtrace_id ${e.facts.fbtraceIds.join(', ')}` : ''}`);
  }
  out.push('', t({ key: 'explain_report_findings' }));
  for (const f of e.findings) out.push(renderFinding(f, locale), '');
  return out.join('\n');
}

/**
 * What the pasted code computes and where each value came from: `campaign_id ← campaignId: from Ads Manager (…)`,
 * typed by the user, or left out. Shared by the CLI text and the Markdown report.
 */
export function filledLines(e: Pick<Explanation, 'api'>, locale: Locale = 'en'): string[] {
  return filledTexts(e).map((x) => format(x, locale));
}

/** The fields pasted code computes, as messages: filled from Ads Manager, typed by the user, or left out. */
export function filledTexts(e: Pick<Explanation, 'api'>): Text[] {
  const out: Text[] = [];
  for (const f of e.api.filled ?? []) {
    const value = showValue(uiValue(e.api.request, f.name));
    out.push({ key: f.from === 'user' ? 'reportFilledByUser' : 'reportFilledFromUi', subs: [f.name, f.source, value] });
  }
  for (const m of e.api.missing ?? []) out.push({ key: 'reportLeftOut', subs: [m.name, m.source] });
  return out;
}
