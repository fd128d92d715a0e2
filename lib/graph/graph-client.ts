import type { GraphFailure } from '../model/graph-failure';
import { normalizeApiVersion } from './api-version';
import { BatchAnswerSchema, encodeBatchBody, itemHeaders, MAX_BATCH, type BatchOperation } from './batch';
import {
  incompleteItemFailure,
  networkFailure,
  readAnswer,
  timeoutFailure,
  unexpectedAnswerFailure,
  type AnswerReading,
} from './classify-failure';
import { DEFAULT_RETRY, isRetrySafe, realSleep, retryDelayMs, type RetryPolicy, type Sleep } from './retry';
import type { Transport, TransportResponse } from './transport';

export const GRAPH_ORIGIN = 'https://graph.facebook.com';

export interface GraphClientOptions {
  transport: Transport;
  /** Explicit, never implied: Graph's default version is the app's, which differs between apps. */
  apiVersion: string;
  timeoutMs?: number;
  origin?: string;
  /** Retries of transient failures for calls that change nothing (see retry.ts); default 2, after 0.5 s and 1.5 s. */
  retry?: RetryPolicy;
  /** Injected so tests do not wait. */
  sleep?: Sleep;
}

export type CallResult = AnswerReading & { headers: Record<string, string> };
export type BatchResult =
  | { ok: true; status: number; headers: Record<string, string>; items: AnswerReading[] }
  | { ok: false; failure: GraphFailure; headers: Record<string, string> };

export interface GraphClient {
  readonly apiVersion: string;
  /** HTTP requests made so far (a batch counts once; every retry counts). */
  readonly roundTrips: number;
  get(path: string, params: Record<string, string>, token: string): Promise<CallResult>;
  batch(ops: readonly BatchOperation[], token: string): Promise<BatchResult>;
}

type Sent = { ok: true; res: TransportResponse } | { ok: false; failure: GraphFailure };

/** A small typed Graph client. Never throws for anything Graph or the network does: failures are values. */
export function createGraphClient(opts: GraphClientOptions): GraphClient {
  const apiVersion = normalizeApiVersion(opts.apiVersion);
  if (!apiVersion) throw new RangeError(`Not a Graph API version: ${opts.apiVersion}`);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const origin = opts.origin ?? GRAPH_ORIGIN;
  const policy = opts.retry ?? DEFAULT_RETRY;
  const sleep = opts.sleep ?? realSleep;
  let roundTrips = 0;

  async function send(method: string, url: string, headers: Record<string, string>, body?: string): Promise<Sent> {
    roundTrips++;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve('timeout');
      }, timeoutMs);
    });
    try {
      const res = await Promise.race([opts.transport({ method, url, headers, body, signal: controller.signal }), timedOut]);
      if (res === 'timeout') return { ok: false, failure: timeoutFailure(timeoutMs) };
      return { ok: true, res };
    } catch {
      return { ok: false, failure: controller.signal.aborted ? timeoutFailure(timeoutMs) : networkFailure() };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Run `once` again after a transient failure, as the policy allows; only for calls that are safe to repeat. */
  async function withRetries<T extends { ok: true } | { ok: false; failure: GraphFailure }>(safe: boolean, once: () => Promise<T>): Promise<T> {
    let result = await once();
    for (let retry = 0; safe && !result.ok; retry++) {
      const delay = retryDelayMs(result.failure, retry, policy);
      if (delay === null) break;
      await sleep(delay);
      result = await once();
    }
    return result;
  }

  /** One batch call: transport failure, whole-answer failure, or one reading per item. */
  async function batchOnce(ops: readonly BatchOperation[], token: string): Promise<BatchResult> {
    const sent = await send(
      'POST',
      `${origin}/${apiVersion}/`,
      { 'content-type': 'application/x-www-form-urlencoded' },
      encodeBatchBody(ops, token, false),
    );
    if (!sent.ok) return { ok: false, failure: sent.failure, headers: {} };
    const { status, headers, body } = sent.res;
    const whole = readAnswer(status, body, headers);
    if (!whole.ok) return { ok: false, failure: whole.failure, headers };
    const parsed = BatchAnswerSchema.safeParse(whole.body);
    if (!parsed.success || parsed.data.length !== ops.length) {
      return { ok: false, failure: unexpectedAnswerFailure('batch', status), headers };
    }
    const items = parsed.data.map((item): AnswerReading => {
      if (item === null) return { ok: false, status: 0, failure: incompleteItemFailure() };
      // With include_headers=false items carry no headers: rate-limit usage then comes from the batch answer.
      const h = item.headers ? { ...headers, ...itemHeaders(item) } : headers;
      return readAnswer(item.code, item.body ?? 'null', h);
    });
    return { ok: true, status, headers, items };
  }

  return {
    apiVersion,
    get roundTrips() {
      return roundTrips;
    },

    async get(path, params, token) {
      const qs = new URLSearchParams(params).toString();
      const url = `${origin}/${apiVersion}/${path.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
      // A GET reads: always safe to repeat.
      return withRetries(true, async (): Promise<CallResult> => {
        // The token travels in a header, not the URL, so it never lands in a URL log.
        const sent = await send('GET', url, { authorization: `Bearer ${token}` });
        if (!sent.ok) return { ok: false, status: 0, failure: sent.failure, headers: {} };
        return { ...readAnswer(sent.res.status, sent.res.body, sent.res.headers), headers: sent.res.headers };
      });
    },

    async batch(ops, token) {
      if (ops.length === 0 || ops.length > MAX_BATCH) throw new RangeError(`A Graph batch holds 1..${MAX_BATCH} operations, got ${ops.length}`);
      // Per-item failures of a batch that answered are facts, not retried: only a failure of the whole call is.
      return withRetries(isRetrySafe(ops), () => batchOnce(ops, token));
    },
  };
}
