/**
 * How the Graph client reaches Meta. Injected so that tests, the demo, the offline `explain` command and e2e runs
 * use the simulated Graph API (testkit/graph-sim), and the extension uses `fetch`.
 * A transport throws on a network-level failure (as `fetch` throws a `TypeError`) and honours `signal`.
 */
export interface TransportRequest {
  method: string;
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

/** The part of `fetch` a transport needs (the global `fetch` fits, and so does the simulator's). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; headers: { forEach(cb: (value: string, name: string) => void): void }; text(): Promise<string> }>;

/** A transport over `fetch` (the background service worker passes the global one). */
export function fetchTransport(fetchImpl: FetchLike): Transport {
  return async (req) => {
    const res = await fetchImpl(req.url, { method: req.method, headers: req.headers, body: req.body, signal: req.signal });
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { status: res.status, headers, body: await res.text() };
  };
}
