// lib/report: the exports of an explanation — the JSON report (schema-checked, secrets scrubbed), the Markdown
// support report, the equivalent cURL and their file names.
export {
  ReportSchema,
  ReportFindingSchema,
  CheckSchema,
  SummarySchema,
  ReportErrorSchema,
  REPORT_SCHEMA_VERSION,
  TOOL_NAME,
  type Report,
  type ReportFinding,
  type ReportLocale,
  type ReportError,
  type ReportUi,
  type Check,
  type CheckStatus,
  type Summary,
} from './report-schema';
export { buildReport, type ReportMeta } from './build-report';
export { toMarkdown, type MarkdownOptions } from './to-markdown';
export { toCurlExport } from './curl-export';
export { exportFileName, type ExportKind } from './export-file-name';
export { reportJsonSchema, reportJsonSchemaText, REPORT_SCHEMA_PATH } from './report-json-schema';
export { wrongExplanationReport } from './wrong-explanation';
// Exports are scrubbed by the one secrets module, like every other surface; re-exported for callers of the report.
export { scrubSecrets, isSecretLikeName, MIN_SECRET_LENGTH } from '../secrets';
