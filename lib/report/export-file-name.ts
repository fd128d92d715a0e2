import { compactUtc } from './format-date';
import type { Report } from './report-schema';

export type ExportKind = 'json' | 'md' | 'sh';

/**
 * `ads-api-inspector-2446885-20261125-0812.json`: the error (subcode, else code, else `report`) and the UTC time
 * the report was generated, so a folder of exports sorts by error and date and names say what they are about.
 */
export function exportFileName(kind: ExportKind, report: Pick<Report, 'summary' | 'generatedAt'>): string {
  const e = report.summary.error;
  const tag = e?.subcode ?? e?.code ?? 'report';
  return `ads-api-inspector-${tag}-${compactUtc(new Date(report.generatedAt))}.${kind}`;
}
