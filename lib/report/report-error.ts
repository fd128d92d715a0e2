import { format, type Locale } from '../i18n';
import type { Facts, GraphError, GraphFailure } from '../model';
import { errorMeaning } from './error-meaning';
import type { ErrorSource, ReportError, ReportUi } from './report-schema';

/** The variant id lib/graph gives the validate_only run of the API request as is. */
export const VALIDATE_API = 'validate_api';

interface Candidate {
  source: ErrorSource;
  error: GraphError | null;
  failure: GraphFailure | null;
}

/**
 * The error the report is about. The user's own failing call is not captured, so the best evidence is the
 * validate_only run of their request as is (it reproduces the error with their token); then any failed run;
 * then a failure of the whole diagnostic batch (a dead token answers 190 there); last, the UI's own answer.
 */
export function reportError(facts: Facts | null, ui: Pick<ReportUi, 'response'> | null, locale: Locale): ReportError | null {
  const picked = candidates(facts, ui).find((c) => c.error !== null || (c.failure?.code ?? null) !== null) ?? null;
  if (!picked) return null;
  const code = picked.error?.code ?? picked.failure?.code ?? null;
  const subcode = picked.error?.error_subcode ?? picked.failure?.subcode ?? null;
  const meaning = errorMeaning(code, subcode);
  return {
    source: picked.source,
    code,
    subcode,
    fbtraceId: picked.error?.fbtrace_id ?? picked.failure?.fbtraceId ?? null,
    meaning,
    meaningText: format(meaning, locale),
    graphError: picked.error ?? picked.failure?.graphError ?? null,
  };
}

function candidates(facts: Facts | null, ui: Pick<ReportUi, 'response'> | null): Candidate[] {
  const out: Candidate[] = [];
  const validations = facts?.validations ?? [];
  const failed = validations.filter((v) => !v.ok);
  for (const v of failed.filter((v) => v.variantId === VALIDATE_API)) {
    out.push({ source: 'validate_api', error: v.error ?? v.failure?.graphError ?? null, failure: v.failure ?? null });
  }
  for (const v of failed.filter((v) => v.variantId !== VALIDATE_API)) {
    out.push({ source: 'validation', error: v.error ?? v.failure?.graphError ?? null, failure: v.failure ?? null });
  }
  for (const f of facts?.batchErrors ?? []) out.push({ source: 'graph_batch', error: f.graphError ?? null, failure: f });
  if (ui?.response?.error) out.push({ source: 'ui_response', error: ui.response.error, failure: null });
  return out;
}

/** What happened to each side, for the summary sentence. */
export function outcomes(explanationUi: Pick<ReportUi, 'response'> | null, facts: Facts | null) {
  return { ui: uiOutcome(explanationUi), api: apiOutcome(facts) };
}

function uiOutcome(ui: Pick<ReportUi, 'response'> | null): 'ok' | 'failed' | 'unknown' | 'none' {
  if (!ui) return 'none';
  const r = ui.response;
  if (!r) return 'unknown';
  if (r.error) return 'failed';
  // With suppress_http_code=1 (Ads Manager sets it) Graph answers 200 even for errors: the body decides, and a
  // body we could not read proves nothing.
  if (r.status >= 400) return 'failed';
  const body = r.body as { success?: unknown } | undefined;
  if (r.createdIds.length > 0 || body?.success === true) return 'ok';
  return 'unknown';
}

function apiOutcome(facts: Facts | null): 'ok' | 'failed' | 'unknown' {
  const run = facts?.validations.find((v) => v.variantId === VALIDATE_API);
  if (!run) return 'unknown';
  return run.ok ? 'ok' : 'failed';
}

export type Outcomes = ReturnType<typeof outcomes>;
