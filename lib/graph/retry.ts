import type { GraphFailure } from '../model/graph-failure';
import type { BatchOperation } from './batch';

/**
 * When the Graph client tries a call again. Only calls that change nothing may be repeated: reads, and ad set
 * POSTs that carry `execution_options=["validate_only"]` (Graph validates and creates nothing). A real create is
 * never retried — a timeout does not say whether the ad set was made, and a second try could make two.
 * Only transient failures are retried (Meta's error-handling guide: "retry after a short wait" for codes 1/2 and
 * `is_transient`; https://developers.facebook.com/docs/graph-api/guides/error-handling): token, permission and
 * other 4xx answers would fail the same way again.
 */
export interface RetryPolicy {
  /** Wait before each retry, in order; its length is the number of retries. */
  delaysMs: readonly number[];
  /** A rate limit is retried only when Meta says access returns within this many seconds; otherwise give up at once. */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { delaysMs: [500, 1500], maxRetryAfterSeconds: 5 };
export const NO_RETRY: RetryPolicy = { delaysMs: [], maxRetryAfterSeconds: 0 };

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Network, timeout, 5xx and Meta's transient codes (1, 2, `is_transient`) — never token/permission/4xx. */
export function isTransientFailure(f: GraphFailure): boolean {
  if (f.kind === 'network' || f.kind === 'timeout' || f.kind === 'server') return true;
  if (f.kind === 'token' || f.kind === 'permission' || f.kind === 'rate_limit') return false;
  return f.graphError?.is_transient === true;
}

/**
 * How long to wait before retry number `retry` (0-based) after `failure`, or null to give up now.
 * A rate limit is waited out only when its announced wait is known and short (then the longer of it and the backoff).
 */
export function retryDelayMs(failure: GraphFailure, retry: number, policy: RetryPolicy): number | null {
  const backoff = policy.delaysMs[retry];
  if (backoff === undefined) return null;
  if (failure.kind === 'rate_limit') {
    const wait = failure.retryAfterSeconds;
    if (wait === undefined || wait > policy.maxRetryAfterSeconds) return null;
    return Math.max(backoff, wait * 1000);
  }
  return isTransientFailure(failure) ? backoff : null;
}

/** Whether repeating these batch operations can change nothing: GETs and validate_only POSTs only. */
export function isRetrySafe(ops: readonly BatchOperation[]): boolean {
  return ops.every((op) => op.method === 'GET' || (op.method === 'POST' && isValidateOnly(op.body?.['execution_options'])));
}

function isValidateOnly(executionOptions: string | undefined): boolean {
  if (executionOptions === undefined) return false;
  try {
    const v: unknown = JSON.parse(executionOptions);
    return Array.isArray(v) && v.includes('validate_only');
  } catch {
    return false;
  }
}
