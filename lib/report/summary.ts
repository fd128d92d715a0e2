import { format, text, type Locale, type Text } from '../i18n';
import type { Facts } from '../model';
import { errorCodeLabel } from './error-meaning';
import { outcomes, reportError } from './report-error';
import type { ReportFinding, ReportUi, Summary } from './report-schema';

const UI_SENTENCE = {
  ok: 'reportSituationUiOk',
  failed: 'reportSituationUiFailed',
  unknown: 'reportSituationUiUnknown',
  none: 'reportSituationUiNone',
} as const;
const API_SENTENCE = { ok: 'reportSituationApiOk', failed: 'reportSituationApiFailed', unknown: 'reportSituationApiUnknown' } as const;

/** What the summary is derived from: the parts of a report that do not depend on its language. */
export interface SummaryInput {
  ui: Pick<ReportUi, 'response'> | null;
  facts: Facts | null;
  findings: Pick<ReportFinding, 'id' | 'verdict' | 'title' | 'detail'>[];
}

/**
 * The top of the report: the situation ("works in Ads Manager, fails through the API"), the error and the best
 * finding, as one paragraph a support engineer can read first.
 */
export function summarize(input: SummaryInput, locale: Locale): Summary {
  const situation = outcomes(input.ui, input.facts);
  const error = reportError(input.facts, input.ui, locale);
  const top = input.findings[0] ?? null;
  const errorLabel = error ? `${errorCodeLabel(error.code, error.subcode)} (${error.meaningText})` : '';

  const paragraph: Text[] = [];
  if (situation.ui === 'ok' && situation.api === 'failed') {
    paragraph.push(text('reportSituationUiOkApiFailed', errorLabel));
  } else {
    paragraph.push(text(UI_SENTENCE[situation.ui], errorLabel));
    paragraph.push(text(API_SENTENCE[situation.api], errorLabel));
  }
  if (situation.api !== 'failed' && error && situation.ui !== 'failed') {
    paragraph.push(text('reportSituationOtherError', errorLabel));
  }
  if (top && (top.verdict === 'cause' || top.verdict === 'likely')) {
    paragraph.push(text(top.verdict === 'cause' ? 'reportSummaryCause' : 'reportSummaryLikely', format(top.title, locale)));
    paragraph.push(top.detail);
  } else {
    paragraph.push(text('reportSummaryNoCause'));
  }
  return {
    situation,
    topFinding: top ? { id: top.id, verdict: top.verdict, title: top.title, titleText: format(top.title, locale) } : null,
    error,
    paragraph,
    paragraphText: paragraph.map((t) => format(t, locale)).join(' '),
  };
}
