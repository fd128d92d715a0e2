import type { Explanation } from '../explain/explanation';
import { format, text, type Locale } from '../i18n';
import type { Finding, Submission } from '../model';
import type { Scenario } from '../scenario/scenario-schema';
import { collectTraceIds } from '../graph/collect-trace-ids';
import { REPORT_SCHEMA_VERSION, ReportSchema, TOOL_NAME, type Report, type ReportFinding, type ReportUi } from './report-schema';
import { scrubSecrets } from '../secrets';
import { summarize } from './summary';
import { verifiedChecks } from './verified-checks';

export interface ReportMeta {
  /** The extension's version (manifest `version`). */
  toolVersion: string;
  locale: Locale;
  /** Defaults to now. */
  generatedAt?: Date;
  /**
   * Strings that must not appear anywhere in the export: the user's token (the caller has it; the Explanation never
   * does), an app secret… Each is removed as is, URL-encoded and JSON-escaped.
   */
  secrets?: readonly string[];
  /** Working-vs-failing mode: the differences between the two sides (shape owned by its producer). */
  comparison?: unknown[];
  /** The run exported as a scenario (lib/scenario/export), kept under `scenario`. */
  scenario?: Scenario;
}

/**
 * The JSON export of one explanation: everything the popup showed, ready for tools (stable schema, message keys)
 * and people (texts rendered in `meta.locale`). Ends with a deep secret pass over the whole report and a
 * ReportSchema check, so what leaves this function is both safe and valid.
 */
export function buildReport(explanation: Explanation, meta: ReportMeta): Report {
  const locale = meta.locale;
  const generatedAt = meta.generatedAt ?? new Date();
  const ui = explanation.ui ? uiOf(explanation.ui) : null;
  const findings = explanation.findings.map((f, i) => findingOf(f, i + 1, locale));
  const summary = summarize({ ui, facts: explanation.facts, findings }, locale);
  const draft: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    generatedAt: generatedAt.toISOString(),
    locale,
    summary,
    ui,
    api: explanation.api,
    uiEquivalent: explanation.uiEquivalent,
    diff: explanation.diff,
    facts: explanation.facts,
    verified: verifiedChecks(explanation.facts, locale),
    findings,
    fbtraceIds: [...new Set([...(summary.error?.fbtraceId ? [summary.error.fbtraceId] : []), ...collectTraceIds(explanation.ui?.response, explanation.facts)])],
    ...(meta.comparison ? { comparison: meta.comparison } : {}),
    ...(meta.scenario ? { scenario: meta.scenario } : {}),
  };
  // Scrub before parsing (so no schema error message can echo a secret) and after (defaults are constants, but
  // the promise "no secret leaves buildReport" should not depend on that).
  const secrets = meta.secrets ?? [];
  return scrubSecrets(ReportSchema.parse(scrubSecrets(draft, secrets)), secrets);
}

/** The finding with its texts rendered next to the keys. */
export function findingOf(f: Finding, rank: number, locale: Locale): ReportFinding {
  const level = f.level ?? 'adset';
  return {
    ...f,
    rank,
    level,
    levelText: format(text(`explain_level_${level}`), locale),
    titleText: format(f.title, locale),
    detailText: format(f.detail, locale),
    evidence: f.evidence.map((e) => ({ ...e, factText: format(e.fact, locale) })),
    fixText: f.fix.map((t) => format(t, locale)),
  };
}

function uiOf(s: Submission): ReportUi {
  const { whatsappNumbers, ...response } = s.response ?? { whatsappNumbers: [] };
  return {
    id: s.id,
    capturedAt: isoOf(s.capturedAt),
    encoding: s.encoding,
    url: s.url,
    method: s.method,
    location: s.location,
    request: s.request,
    identifiers: s.identifiers,
    tokenPresent: s.tokenPresent,
    response: s.response ? (response as NonNullable<ReportUi['response']>) : null,
    whatsappNumbers,
    draft: s.draft,
    // Kept apart from request.fields: shown for what it is, never something to copy.
    bookkeeping: s.bookkeeping ?? {},
  };
}

function isoOf(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}
