import type { Explanation } from '../explain/explanation';
import { format, text, type Locale } from '../i18n';
import { scrubSecrets } from '../secrets';

const VERDICT_KEYS = { cause: 'verdictCause', likely: 'verdictLikely', ruled_out: 'verdictRuledOut', unknown: 'verdictUnknown' } as const;

/**
 * "This explanation looks wrong": a report to copy, prefilled with what the run said (title naming the top
 * finding, every finding with its verdict, the request's format and version) and an empty line for what the user
 * expected. Only what the popup already shows; through lib/secrets' walk with the known secrets all the same.
 */
export function wrongExplanationReport(explanation: Explanation, locale: Locale, secrets: readonly string[] = []): string {
  const top = explanation.findings[0];
  const lines = [
    format(text('wrongReportTitle', top ? format(top.title, locale) : '—'), locale),
    '',
    format(text('wrongReportApi', explanation.api.format, explanation.api.request.apiVersion ?? explanation.facts?.apiVersion ?? '—'), locale),
    '',
    format(text('wrongReportFindings'), locale),
    ...explanation.findings.map((f, i) => `${i + 1}. [${format(text(VERDICT_KEYS[f.verdict]), locale)}] ${format(f.title, locale)} (${f.id})`),
    '',
    format(text('wrongReportExpected'), locale),
    '',
  ];
  return scrubSecrets(lines.join('\n'), secrets);
}
