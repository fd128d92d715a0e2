import type { FieldDiff, Normalization } from '../diff';
import { catalog, type Locale, type Text } from '../i18n';
import { z } from 'zod';
import { AD_LEVELS, LEVEL_EDGE, levelOf, TextSchema, type AdsetRequest, type FactSource } from '../model';
import { DOCS } from '../explain/docs';
import { errorCodeLabel } from './error-meaning';
import { formatUtc } from './format-date';
import { filledTexts } from '../explain/render-text';
import { cell, code, fence, mdMessage, valueText } from './markdown';
import { TOOL_NAME, type Check, type Report, type ReportError, type ReportFinding, type ReportUi } from './report-schema';
import { isSecretLikeName, scrubSecrets, secretScrubber } from '../secrets';
import { summarize } from './summary';
import { verifiedChecks } from './verified-checks';
import { findingOf } from './build-report';

/** What stands for the token in the API request block: the reader sees where it goes, never what it is. */
export const TOKEN_SLOT = '{access_token}';

const KIND_KEY = { only_ui: 'diffKindOnlyUi', only_api: 'diffKindOnlyApi', different: 'diffKindDifferent', equivalent: 'diffKindEquivalent' } as const;
const NORM_KEY: Record<Normalization, string> = {
  json_string: 'diffNormJsonString',
  number_string: 'diffNormNumberString',
  act_prefix: 'diffNormActPrefix',
  enum_case: 'diffNormEnumCase',
  list_order: 'diffNormListOrder',
  phone: 'diffNormPhone',
};
const VERDICT_KEY = { cause: 'reportVerdictCause', likely: 'reportVerdictLikely', ruled_out: 'reportVerdictRuledOut', unknown: 'reportVerdictUnknown' } as const;
const ERROR_SOURCE_KEY = {
  validate_api: 'reportErrorSourceValidateApi',
  validation: 'reportErrorSourceValidation',
  graph_batch: 'reportErrorSourceGraphBatch',
  ui_response: 'reportErrorSourceUiResponse',
} as const;
const CHECK_ICON = { ok: '✅', fail: '❌', warn: '⚠️' } as const;

export interface MarkdownOptions {
  /** Extra strings to remove from the output (the user's token), as in buildReport. */
  secrets?: readonly string[];
}

/**
 * The support report: the document the seed ticket's authors wrote by hand, in one click. Sections in a fixed
 * order (title, problem summary, error details, API request, UI request, comparison, what was verified, findings,
 * trace ids, footer), every sentence from the message catalogue in `locale`, values (ids, JSON) as they are.
 * Language-dependent parts (summary, checks, finding texts) are derived again for `locale`, so a Russian report
 * can be exported in English and vice versa.
 */
export function toMarkdown(input: Report, locale: Locale = input.locale, opts: MarkdownOptions = {}): string {
  // The report should already be clean; a report read back from a file might not be.
  const report = scrubSecrets(input, opts.secrets ?? []);
  // Every value from outside (field names and values, Page names, Graph messages, ids) reaches the Markdown as a code
  // span, through the message substitutions or `code` — never as text a renderer could turn into a link or an image.
  const message = (key: string) => (catalog[locale][key] ?? catalog.en[key])?.message ?? key;
  const t: T = (key, ...subs) => mdMessage(message(key), subs.map(String));
  const tRaw: T = (key, ...subs) => mdMessage(message(key), subs.map(String), new Set(subs.map((_, i) => i)));
  const r = (x: Text) => mdMessage(message(x.key), x.subs);
  const findings = report.findings.map((f, i) => findingOf(f, i + 1, locale));
  const summary = summarize({ ui: report.ui, facts: report.facts, findings }, locale);
  const checks = verifiedChecks(report.facts, locale);

  const out: string[] = [];
  const error = summary.error;
  out.push(`# ${error ? tRaw('reportTitleError', errorCodeLabel(error.code, error.subcode), r(error.meaning)) : t('reportTitleNoError')}`);

  // The summary names the top finding by its title: that title is rendered here, not taken as one opaque value.
  const top = findings[0];
  // The situation sentences name the error by its code and our catalogue's meaning: nothing from outside.
  const errorLabel = error ? `${errorCodeLabel(error.code, error.subcode)} (${r(error.meaning)})` : '';
  const sentence = (x: Text) => {
    if (top && (x.key === 'reportSummaryCause' || x.key === 'reportSummaryLikely')) return tRaw(x.key, r(top.title));
    if (/^reportSituation/.test(x.key)) return tRaw(x.key, errorLabel);
    return r(x);
  };
  out.push(`## ${t('reportHeadingSummary')}`, summary.paragraph.map(sentence).join(' '));
  out.push(`## ${t('reportHeadingError')}`, ...errorSection(error, t, r));
  out.push(`## ${t('reportHeadingApiRequest')}`, ...requestSection(report.api.request, report.api.format, t));
  // Fields the pasted code computes: which came from Ads Manager, which the user typed, which were left out.
  const filled = filledTexts(report);
  if (filled.length) out.push(`**${t('reportFilledTitle')}**`, filled.map((x) => `- ${r(x)}`).join('\n'));
  out.push(`## ${t('reportHeadingUiRequest')}`, ...uiSection(report.ui, t, tRaw));
  out.push(`## ${t('reportHeadingComparison')}`, ...comparisonSection(report, t, r));
  if (report.comparison?.length) out.push(`## ${t('reportHeadingWorkingVsFailing')}`, workingVsFailing(report.comparison, t, r));
  out.push(`## ${t('reportHeadingVerified')}`, checks.map((c) => checkLine(c, r)).join('\n'));
  // Meta's batch limit made Graph refuse some dry runs in one batch: they were repeated one per call (say so, with how many).
  const singleCalls = report.facts?.singleCallRetries?.length ?? 0;
  if (singleCalls) out.push(tRaw('reportSingleCalls', singleCalls));
  out.push(`## ${t('reportHeadingFindings')}`, ...findingsSection(findings, t, r));
  out.push(`## ${t('reportHeadingTraceIds')}`, report.fbtraceIds.length ? report.fbtraceIds.map((id) => `- ${code(id)}`).join('\n') : t('reportNoTraceIds'));
  // The tool's name and version are constants the schema pins; the date is ours.
  out.push('---', `_${tRaw('reportFooter', TOOL_NAME, /^[\w.+-]+$/.test(report.tool.version) ? report.tool.version : code(report.tool.version), formatUtc(new Date(report.generatedAt)))}_`);

  // EAA… shapes and explicit secrets once more on the finished text (not the name=value rules: the API request
  // block shows `"access_token": "{access_token}"` on purpose).
  return secretScrubber(opts.secrets ?? [], { shapes: 'tokens' })(out.join('\n\n') + '\n');
}

type T = (key: string, ...subs: (string | number)[]) => string;

function errorSection(error: ReportError | null, t: T, r: (x: Text) => string): string[] {
  if (!error) return [t('reportNoError')];
  const body = error.graphError ?? {
    code: error.code ?? undefined,
    error_subcode: error.subcode ?? undefined,
    fbtrace_id: error.fbtraceId ?? undefined,
  };
  return [
    `**${t('reportErrorResponse')}** (${t(ERROR_SOURCE_KEY[error.source])}):`,
    fence(JSON.stringify({ error: body }, null, 2), 'json'),
    `**${t('reportErrorMeaning')}:** ${r(error.meaning)} (${code(errorCodeLabel(error.code, error.subcode))}).` +
      (error.graphError?.error_user_title || error.graphError?.error_user_msg ? ` ${t('reportErrorLocalised')}` : ''),
  ];
}

/** `POST https://graph.facebook.com/v20.0/act_1/adsets` (the edge of the request's level), with placeholders for what the request did not say. */
export function endpointOf(req: AdsetRequest, fallbackHost = 'graph.facebook.com'): string {
  const account = req.adAccountId ? `act_${req.adAccountId.replace(/^act_/, '')}` : 'act_{ad_account_id}';
  return `${(req.method || 'POST').toUpperCase()} https://${req.host ?? fallbackHost}/${req.apiVersion ?? '{api_version}'}/${account}/${LEVEL_EDGE[levelOf(req)]}`;
}

function requestSection(req: AdsetRequest, sourceFormat: string, t: T): string[] {
  const body = { access_token: TOKEN_SLOT, ...withoutSecretSlots(req.fields) };
  return [
    `**${t('reportEndpoint')}**`,
    fence(endpointOf(req)),
    `**${t('reportRequestBody')}** (${t('reportRequestReadFrom', sourceFormat)}):`,
    fence(JSON.stringify(body, null, 2), 'json'),
  ];
}

// A field literally named access_token inside `fields` would be a second token slot: the first one says it all.
function withoutSecretSlots(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (k !== 'access_token') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

function uiSection(ui: ReportUi | null, t: T, tRaw: T): string[] {
  if (!ui) return [t('reportNoUi')];
  const path = ui.url.split(/[?#]/)[0] ?? ui.url;
  const lines = [
    `- **${t('reportUiSentTo')}:** ${code(`${ui.method.toUpperCase()} ${path}`)}`,
    `- **${t('reportUiEncoding')}:** ${code(ui.encoding)} · ${t('reportUiLocation')} ${code(ui.location)} · ${t('reportUiCapturedAt', formatUtc(new Date(ui.capturedAt)))}`,
  ];
  if (ui.draft?.draftId || ui.draft?.parentId) {
    lines.push(`- **${t('reportUiDraft')}:** ${code(ui.draft.draftId ?? '—')} / ${code(ui.draft.parentId ?? '—')}`);
  }
  lines.push(`- **${t('reportUiTransport')}:** ${transportSummary(Object.keys(ui.request.transport), ui.tokenPresent, t, tRaw)}`);
  lines.push(`- **${t('reportUiAnswer')}:** ${answerOf(ui, t)}`);
  const out = [lines.join('\n'), `**${t('reportUiFields')}**`, fence(JSON.stringify(ui.request.fields, null, 2), 'json')];
  if (ui.whatsappNumbers.length) {
    const cols = ['whatsapp_number', 'formatted_whatsapp_number', 'page_whatsapp_number_id', 'waba_id', 'is_business_number'] as const;
    out.push(
      `**${t('reportUiWhatsappNumbers')}**`,
      [
        `| ${cols.join(' | ')} |`,
        `|${cols.map(() => '---').join('|')}|`,
        ...ui.whatsappNumbers.map((n) => `| ${cols.map((c) => (n[c] === undefined ? '—' : cell(code(valueText(n[c]))))).join(' | ')} |`),
      ].join('\n'),
    );
  }
  return out;
}

/** How many transport parameters, which secrets were among them (redacted), a few of the others: not the list. */
function transportSummary(names: string[], tokenPresent: boolean, t: T, tRaw: T): string {
  if (!names.length) return tokenPresent ? t('reportUiTokenPresent') : '—';
  const secrets = names.filter(isSecretLikeName);
  const others = names.filter((n) => !isSecretLikeName(n));
  const parts = [t('reportUiTransportCount', names.length)];
  if (secrets.length) parts.push(tRaw('reportUiTransportSecrets', secrets.map(code).join(', ')));
  if (others.length) {
    const shown = others.slice(0, MAX_TRANSPORT_EXAMPLES).map(code).join(', ');
    const rest = others.length - MAX_TRANSPORT_EXAMPLES;
    parts.push(tRaw('reportUiTransportOthers', rest > 0 ? tRaw('reportUiTransportMore', shown, rest) : shown));
  }
  if (tokenPresent && !secrets.some((n) => n.toLowerCase() === 'access_token')) parts.push(t('reportUiTokenPresent'));
  return parts.join(' ');
}

const MAX_TRANSPORT_EXAMPLES = 3;

function answerOf(ui: ReportUi, t: T): string {
  const res = ui.response;
  if (!res) return t('reportUiNoAnswer');
  if (res.error) {
    const e = res.error;
    const label = errorCodeLabel(e.code ?? null, e.error_subcode ?? null);
    return t('reportUiAnswerError', res.status, label) + (e.fbtrace_id ? ` (fbtrace_id ${code(e.fbtrace_id)})` : '');
  }
  if (res.createdIds.length) return t('reportUiAnswerCreated', res.status, res.createdIds.join(', '));
  return t('reportUiAnswerStatus', res.status);
}

function comparisonSection(report: Report, t: T, r: (x: Text) => string): string[] {
  const diff = report.diff;
  if (!diff) return [t('reportNoComparison')];
  const differing = diff.entries.filter((e) => e.kind !== 'equivalent');
  // Important first; otherwise lib/diff's order (version, other differences, bookkeeping) is kept.
  const ordered = [...differing.filter((e) => e.important), ...differing.filter((e) => !e.important)];
  const out: string[] = [];
  if (ordered.length) {
    out.push(
      [
        `| ${t('reportColField')} | ${t('reportColUi')} | ${t('reportColApi')} | ${t('reportColKind')} |`,
        '|---|---|---|---|',
        ...ordered.map((e) => tableRow(e, t)),
      ].join('\n'),
    );
    const why = ordered.filter((e) => e.important).map((e) => `- ${r(e.why)}`);
    if (why.length) out.push(`**${t('reportWhyItMatters')}**`, why.join('\n'));
  } else {
    out.push(t('reportNoDifferences'));
  }
  const same = diff.entries.filter((e) => e.kind === 'equivalent');
  if (same.length) {
    const list = same.map((e) => code(e.path) + (e.normalized.length ? ` (${e.normalized.map((n) => t(NORM_KEY[n])).join(', ')})` : ''));
    out.push(`${t('reportEquivalents', same.length)} ${list.join(', ')}.`);
  }
  return out;
}

function tableRow(e: FieldDiff, t: T): string {
  const path = e.important ? `**${code(e.path)}**` : code(e.path);
  const side = (present: boolean, v: unknown) => (present ? code(valueText(v)) : '—');
  const kind = t(KIND_KEY[e.kind]) + (e.category === 'bookkeeping' ? ` (${t('diffCategoryBookkeeping')})` : '');
  return `| ${[path, side(e.kind !== 'only_api', e.ui), side(e.kind !== 'only_ui', e.api), kind].map(cell).join(' | ')} |`;
}

// lib/explain's FactDifference ({path, working, failing, why}); the report keeps `comparison` loosely typed until
// that shape settles, so rows of another shape are shown as JSON rather than dropped.
const FactDifferenceRow = z.object({ path: z.string(), working: z.unknown(), failing: z.unknown(), why: TextSchema });

function workingVsFailing(rows: unknown[], t: T, r: (x: Text) => string): string {
  const parsed = rows.map((row) => FactDifferenceRow.safeParse(row));
  if (!parsed.every((p) => p.success)) return fence(JSON.stringify(rows, null, 2), 'json');
  return [
    `| ${t('reportColFact')} | ${t('reportColWorking')} | ${t('reportColFailing')} | ${t('reportColWhy')} |`,
    '|---|---|---|---|',
    ...parsed.map(({ data: d }) => `| ${[code(d!.path), code(valueText(d!.working ?? null)), code(valueText(d!.failing ?? null)), r(d!.why)].map(cell).join(' | ')} |`),
  ].join('\n');
}

function checkLine(c: Check, r: (x: Text) => string): string {
  return `- ${CHECK_ICON[c.status]} ${r(c.label)}${c.note ? ` — ${r(c.note)}` : ''}`;
}

/**
 * Findings with evidence in full, best first; ruled-out ones after them as one line each (title, id, why it was
 * ruled out): support wants to see what was excluded, but not ten evidence lists.
 */
function findingsSection(findings: ReportFinding[], t: T, r: (x: Text) => string): string[] {
  if (!findings.length) return [t('reportNoFindings')];
  const open = findings.filter((f) => f.verdict !== 'ruled_out');
  const ruledOut = findings.filter((f) => f.verdict === 'ruled_out');
  const out = open.map((f) => findingBlock(f, t, r));
  if (ruledOut.length) {
    out.push(
      `### ${t('reportRuledOut', ruledOut.length)}`,
      ruledOut.map((f) => `- **${r(f.title)}** (${code(f.id)}, ${levelName(f, t)}): ${r(f.detail)}`).join('\n'),
    );
  }
  return out;
}

function findingBlock(f: ReportFinding, t: T, r: (x: Text) => string): string {
  const parts = [
    `### ${f.rank}. ${r(f.title)}`,
    `**${t('reportVerdict')}:** ${t(VERDICT_KEY[f.verdict])} · ${code(f.id)} · **${t('reportLevel')}:** ${levelName(f, t)}`,
    r(f.detail),
  ];
  if (f.evidence.length) {
    parts.push(
      `**${t('reportEvidence')}**`,
      f.evidence.map((e) => `- ${r(e.fact)}: ${code(valueText(e.value))} — ${sourceOf(e.source)}`).join('\n'),
    );
  }
  if (f.fix.length) parts.push(`**${t('reportFix')}**`, f.fix.map((s, i) => `${i + 1}. ${r(s)}`).join('\n'));
  if (f.minimalFix?.length) {
    const changes = f.minimalFix.map((c) => code(`${c.op} ${c.path}${c.op === 'remove' ? '' : ` = ${valueText(c.value)}`}`));
    parts.push(`**${t('reportMinimalFix')}:** ${changes.join(', ')}`);
  }
  // Links are ours (lib/explain's DOCS); anything else a report read back from a file names is shown, not linked.
  if (f.docs.length) parts.push(`**${t('reportDocs')}:** ${f.docs.map((d) => (OUR_LINKS.has(d.replace(/\/$/, '')) ? `<${d}>` : code(d))).join(' · ')}`);
  return parts.join('\n\n');
}

/** The level in the report's language; a report read back from a file may say anything: shown as a value, never as Markdown. */
function levelName(f: ReportFinding, t: T): string {
  return (AD_LEVELS as readonly string[]).includes(f.level) ? t(`explain_level_${f.level}`) : code(String(f.level));
}

const OUR_LINKS: ReadonlySet<string> = new Set(Object.values(DOCS));

function sourceOf(source: string | FactSource): string {
  return typeof source === 'string' ? code(source) : code(`${source.method} ${source.relativeUrl}`);
}
