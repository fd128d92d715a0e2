import { text, type Text } from '../i18n/text';
import { limitNesting } from '../model/nesting';
import { graphErrorOf, type GraphError } from '../model/graph-error';
import type { GraphFailure, GraphFailureKind } from '../model/graph-failure';
import { graphErrorLabel, lookupGraphError } from './error-catalogue';
import { readUsageHeaders, retryAfterSeconds } from './usage-headers';

// What each code means lives in the one catalogue (error-catalogue.ts); this module turns a row into a failure.

export interface FailureContext {
  /** HTTP status of the answer (or of the batch item). */
  httpStatus?: number;
  /** Answer headers, lower-case (for a batch item: its own headers, else the batch answer's). */
  headers?: Record<string, string>;
}

function base(kind: GraphFailureKind, message: Text, action: Text, extra: Partial<GraphFailure> = {}): GraphFailure {
  return { kind, message, action, ...extra };
}

/** A Graph error object → the classified failure with a localisable message and what to do. */
export function classifyGraphError(error: GraphError, ctx: FailureContext = {}): GraphFailure {
  const code = error.code;
  const subcode = error.error_subcode;
  const label = graphErrorLabel({ code, subcode });
  const row = lookupGraphError({ code, subcode });
  const extra: Partial<GraphFailure> = {
    ...(code !== undefined ? { code } : {}),
    ...(subcode !== undefined ? { subcode } : {}),
    ...(ctx.httpStatus !== undefined ? { httpStatus: ctx.httpStatus } : {}),
    ...(error.fbtrace_id ? { fbtraceId: error.fbtrace_id } : {}),
    graphError: error,
  };
  let kind: GraphFailureKind | null = row?.kind ?? null;
  if (kind === null && ((ctx.httpStatus ?? 0) >= 500 || error.is_transient === true)) kind = 'server';
  switch (kind) {
    case 'token': {
      return base('token', text(row?.failure ?? 'graph_failure_token', label), text('graph_action_token'), extra);
    }
    case 'permission':
      return base('permission', text('graph_failure_permission', label), text('graph_action_permission'), extra);
    case 'rate_limit': {
      const wait = retryAfterSeconds(readUsageHeaders(ctx.headers));
      return base(
        'rate_limit',
        text('graph_failure_rate_limit', label),
        wait === undefined ? text('graph_action_rate_limit') : text('graph_action_rate_limit_wait', Math.ceil(wait / 60)),
        wait === undefined ? extra : { ...extra, retryAfterSeconds: wait },
      );
    }
    case 'version':
      return base('version', text('graph_failure_version', label), text('graph_action_version'), extra);
    case 'not_found':
      return base('not_found', text('graph_failure_not_found', label), text('graph_action_not_found'), extra);
    case 'invalid_param':
      return base('invalid_param', text('graph_failure_invalid_param', label), text(row?.fix ?? 'graph_action_invalid_param'), extra);
    case 'server':
      return base('server', text('graph_failure_server_error', label), text('graph_action_server'), extra);
    default:
      return base('unknown', text('graph_failure_unknown', label), text('graph_action_unknown'), extra);
  }
}

/** `fetch` threw: DNS, offline, blocked by a proxy or another extension, CORS… */
export function networkFailure(): GraphFailure {
  return base('network', text('graph_failure_network'), text('graph_action_network'));
}

export function timeoutFailure(timeoutMs: number): GraphFailure {
  return base('timeout', text('graph_failure_timeout', Math.max(1, Math.round(timeoutMs / 1000))), text('graph_action_timeout'));
}

/** A batch item answered `null`: Graph does this for operations that did not complete (timed out) inside a batch. */
export function incompleteItemFailure(): GraphFailure {
  return base('timeout', text('graph_failure_batch_item_incomplete'), text('graph_action_timeout'));
}

/** The answer was JSON but not what Graph sends for this call (e.g. a batch answer that is not an array). */
export function unexpectedAnswerFailure(what: string, httpStatus?: number): GraphFailure {
  return base('unknown', text('graph_failure_unexpected_answer', what), text('graph_action_unknown'), httpStatus !== undefined ? { httpStatus } : {});
}

export type AnswerReading = { ok: true; status: number; body: unknown } | { ok: false; status: number; failure: GraphFailure };

/**
 * Read one Graph answer (a whole HTTP answer or one batch item): JSON body → value, Graph error → classified
 * failure, HTML error page → `non_json`, 5xx without a Graph error → `server`.
 */
export function readAnswer(status: number, bodyText: string, headers?: Record<string, string>): AnswerReading {
  let body: unknown;
  try {
    // Graph's answer is outside input too: `error_data` nested 100,000 deep must not break the run later.
    body = limitNesting(JSON.parse(bodyText) as unknown);
  } catch {
    const failure =
      status >= 500
        ? base('server', text('graph_failure_server', status), text('graph_action_server'), { httpStatus: status })
        : base('non_json', text('graph_failure_non_json', status), text('graph_action_non_json'), { httpStatus: status });
    return { ok: false, status, failure };
  }
  const error = graphErrorOf(body);
  if (error) return { ok: false, status, failure: classifyGraphError(error, { httpStatus: status, headers }) };
  if (status >= 500) {
    return { ok: false, status, failure: base('server', text('graph_failure_server', status), text('graph_action_server'), { httpStatus: status }) };
  }
  if (status >= 400) return { ok: false, status, failure: unexpectedAnswerFailure(`HTTP ${status}`, status) };
  return { ok: true, status, body };
}
