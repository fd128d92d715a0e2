import { z } from 'zod';
import { DiffSchema } from '../diff';
import { ApiSideSchema } from '../explain/explanation';
import {
  AdLevelSchema,
  AdsetRequestSchema,
  CapturedResponseSchema,
  EvidenceSchema,
  FactsSchema,
  FindingIdSchema,
  FindingSchema,
  GraphErrorSchema,
  SubmissionSchema,
  TextSchema,
  VerdictSchema,
  WhatsAppNumberInfoSchema,
} from '../model';
import { ScenarioSchema } from '../scenario/scenario-schema';

/**
 * The JSON export. Bump `schemaVersion` only for changes that break a reader (a renamed or removed member);
 * adding optional members keeps it. `report.schema.json` is generated from this schema (scripts/report-schema.ts)
 * and a unit test keeps the committed file in step.
 *
 * Every human-facing text is kept twice: as a `Text` (message key + substitutions, so tools can re-render it in
 * another language or match on the key) and rendered in the report's locale (`…Text` members, for people and
 * for tools that only want a sentence).
 */
// 2 (issue 17): every finding says its level of the chain (`level`, `levelText`); requests may carry `level`.
export const REPORT_SCHEMA_VERSION = 2;
export const TOOL_NAME = 'Ads API Inspector';

export const ReportLocaleSchema = z.enum(['en', 'ru']);

// Chrome manifest versions are 1–4 dot-separated integers ("0.1", "1.2.3.4"); a semver pre-release/build tail is
// accepted for development builds.
const ToolVersionSchema = z.string().regex(/^\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/);

/** Where the error shown at the top of the report came from, best source first (see report-error.ts). */
export const ErrorSourceSchema = z.enum(['validate_api', 'validation', 'graph_batch', 'ui_response']);
export type ErrorSource = z.infer<typeof ErrorSourceSchema>;

export const ReportErrorSchema = z.object({
  source: ErrorSourceSchema,
  code: z.number().int().nullable(),
  subcode: z.number().int().nullable(),
  fbtraceId: z.string().nullable(),
  /** What the code/subcode means (by number, never by Meta's localised message). */
  meaning: TextSchema,
  meaningText: z.string(),
  /** The Graph error object as Meta sent it (error_user_title/msg are in the language of the account). */
  graphError: GraphErrorSchema.nullable(),
});
export type ReportError = z.infer<typeof ReportErrorSchema>;

/** ok: the submission got a success answer; failed: a Graph error; unknown: no answer seen; none: no capture. */
export const UiOutcomeSchema = z.enum(['ok', 'failed', 'unknown', 'none']);
/** From the validate_only run of the API request as is; unknown when it did not run. */
export const ApiOutcomeSchema = z.enum(['ok', 'failed', 'unknown']);

export const SummarySchema = z.object({
  situation: z.object({ ui: UiOutcomeSchema, api: ApiOutcomeSchema }),
  topFinding: z
    .object({ id: FindingIdSchema, verdict: VerdictSchema, title: TextSchema, titleText: z.string() })
    .nullable(),
  error: ReportErrorSchema.nullable(),
  /** The problem-summary paragraph, sentence by sentence. */
  paragraph: z.array(TextSchema),
  paragraphText: z.string(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** The captured Ads Manager submission as exported (times as ISO strings; the response body kept: it is evidence). */
export const ReportUiSchema = SubmissionSchema.omit({ kind: true, capturedAt: true, response: true, draft: true }).extend({
  capturedAt: z.string(),
  response: CapturedResponseSchema.omit({ whatsappNumbers: true }).nullable(),
  /** Per-Page WhatsApp number records the UI received: facts the UI saw. */
  whatsappNumbers: z.array(WhatsAppNumberInfoSchema),
  draft: z.object({ draftId: z.string().nullable(), parentId: z.string().nullable() }).nullable(),
});
export type ReportUi = z.infer<typeof ReportUiSchema>;

/** One "What was verified" line: ok ✅, fail ❌, warn ⚠️ (could not be checked, or worth a look). */
export const CheckStatusSchema = z.enum(['ok', 'fail', 'warn']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

export const CheckSchema = z.object({
  /** Stable id of the check (`token.valid`, `scope.ads_management`, `validation.validate_api`, …). */
  id: z.string(),
  status: CheckStatusSchema,
  label: TextSchema,
  labelText: z.string(),
  /** A second sentence, e.g. the classified Graph failure that made the check fail. */
  note: TextSchema.nullable(),
  noteText: z.string().nullable(),
});
export type Check = z.infer<typeof CheckSchema>;

export const ReportEvidenceSchema = EvidenceSchema.extend({ factText: z.string() });

export const ReportFindingSchema = FindingSchema.extend({
  /** 1 = best; the order lib/explain ranked them in. */
  rank: z.number().int().min(1),
  titleText: z.string(),
  detailText: z.string(),
  evidence: z.array(ReportEvidenceSchema),
  fixText: z.array(z.string()),
  /** The object of the chain the finding is about: required here (a finding without one is about an ad set). */
  level: AdLevelSchema,
  /** `level` in the report's locale ("creative", "креатив"). */
  levelText: z.string(),
});
export type ReportFinding = z.infer<typeof ReportFindingSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal(TOOL_NAME), version: ToolVersionSchema }),
  generatedAt: z.iso.datetime(),
  locale: ReportLocaleSchema,
  summary: SummarySchema,
  ui: ReportUiSchema.nullable(),
  api: ApiSideSchema,
  uiEquivalent: AdsetRequestSchema.nullable(),
  diff: DiffSchema.nullable(),
  facts: FactsSchema.nullable(),
  verified: z.array(CheckSchema),
  findings: z.array(ReportFindingSchema),
  /** Every fbtrace_id seen (top error first): Meta support asks for them. */
  fbtraceIds: z.array(z.string()),
  /** Working-vs-failing mode: the differences between a working and a failing Page/token (shape not fixed yet). */
  comparison: z.array(z.unknown()).optional(),
  /**
   * The run as a replayable world (docs/scenario-format.md, written by lib/scenario/export): attach the report and
   * `npm run explain` replays it. Optional and additive, so schemaVersion stays.
   */
  scenario: ScenarioSchema.optional(),
});
export type Report = z.infer<typeof ReportSchema>;
export type ReportLocale = z.infer<typeof ReportLocaleSchema>;
