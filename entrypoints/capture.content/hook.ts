import { isCandidateUrl } from '../../lib/page-contract/candidate-url';
import { HOOK_EVENT, HOOK_SOURCE, MAX_BODY, MAX_RESPONSE, MAX_URL } from '../../lib/page-contract/limits';
import type { HookRequest } from '../../lib/model/submission';

/**
 * The page-world hook. Rules (docs/ARCHITECTURE.md#data-flow): invisible to the page — same results, errors, abort
 * behaviour, `instanceof`, `name`, `length` and `toString()` of fetch/XHR; bodies are never consumed (Request/Response
 * are cloned); every exception inside is swallowed; a request that is not a POST to a Meta Graph/GraphQL URL costs
 * one method check and one regex. No imports but the tiny, dependency-free helpers above.
 *
 * Captures go to the isolated content script as a `CustomEvent` with a JSON string detail: strings cross the
 * world boundary intact, and unlike `window.postMessage` the page's own `message` listeners never see them.
 */
type Win = Window & typeof globalThis;

export function installHook(win: Win): void {
  try {
    const native = new WeakMap<object, string>();
    const fnToString = win.Function.prototype.toString;
    // A wrapper takes the original's name, length and (through the patched toString) its native source text.
    const disguise = <T extends object>(wrapper: T, original: object): T => {
      for (const key of ['name', 'length']) {
        const d = Object.getOwnPropertyDescriptor(original, key);
        if (d) Object.defineProperty(wrapper, key, d);
      }
      native.set(wrapper, fnToString.call(original));
      return wrapper;
    };
    // `toString` of a wrapper reads as the original's native source; the patched toString disguises itself too.
    const toStringProxy = {
      toString(this: unknown): string {
        if (typeof this === 'function' || (typeof this === 'object' && this !== null)) {
          const s = native.get(this as object);
          if (s !== undefined) return s;
        }
        return fnToString.call(this);
      },
    }.toString;
    disguise(toStringProxy, fnToString);
    win.Function.prototype.toString = toStringProxy;

    hookFetch(win, disguise);
    hookXhr(win, disguise);
  } catch {
    /* never break the page */
  }
}

function emit(win: Win, req: HookRequest): void {
  try {
    const detail = JSON.stringify({ source: HOOK_SOURCE, v: 1, ...req });
    win.document.dispatchEvent(new win.CustomEvent(HOOK_EVENT, { detail }));
  } catch {
    /* ignore */
  }
}

function absolute(win: Win, url: string): string {
  return /^https?:\/\//i.test(url) ? url : new win.URL(url, win.location.href).href;
}

function cap(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/** Serialise what the page passed as a body, without consuming it. Async only for Blob/Request. */
function readBody(win: Win, body: unknown): { type: string; text: string | null | Promise<string | null> } {
  let text: string | null | Promise<string | null> = null;
  if (typeof body === 'string') text = body;
  else if (body instanceof win.URLSearchParams) text = body.toString();
  else if (body instanceof win.FormData) {
    const p = new win.URLSearchParams();
    body.forEach((v, k) => p.append(k, typeof v === 'string' ? v : `[file ${v.name}]`));
    text = p.toString();
  } else if (body instanceof win.Blob) text = body.slice(0, MAX_BODY).text();
  else if (body instanceof win.ArrayBuffer || win.ArrayBuffer.isView(body)) {
    text = new win.TextDecoder().decode(body as ArrayBuffer).slice(0, MAX_BODY);
  }
  // `string`, `URLSearchParams`, `FormData`, `Blob`, `Uint8Array`, `ReadableStream` (not readable: never consumed)…
  const type = body == null ? 'none' : typeof body === 'string' ? 'string' : Object.prototype.toString.call(body).slice(8, -1);
  return { type, text };
}

function headersOf(win: Win, h: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    // Headers normalises every form a page may pass (Headers, pairs, a record) and lower-cases the names.
    let n = 0;
    for (const [name, v] of new win.Headers(h as HeadersInit)) {
      // Secrets never leave the page world.
      if (name !== 'cookie' && name !== 'authorization') out[name] = cap(v, 1024);
      if (++n >= 50) break;
    }
  } catch {
    /* ignore */
  }
  return out;
}

async function readResponseText(res: Response): Promise<string | null> {
  // Read the clone as a stream and stop at the cap: a huge answer is never decoded whole.
  const reader = res.body?.getReader();
  if (!reader) return null;
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < MAX_RESPONSE) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel().catch(() => undefined);
  return cap(text, MAX_RESPONSE);
}

type Disguise = <T extends object>(wrapper: T, original: object) => T;

function hookFetch(win: Win, disguise: Disguise): void {
  const nativeFetch = win.fetch;
  if (typeof nativeFetch !== 'function') return;
  const wrapped = {
    fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      let pending: Omit<HookRequest, 'response' | 'failure'> | null = null;
      let bodyText: string | null | Promise<string | null> = null;
      try {
        const isRequest = input instanceof win.Request;
        const method = String(init?.method ?? (isRequest ? (input as Request).method : 'GET')).toUpperCase();
        if (method === 'POST') {
          const rawUrl = isRequest ? (input as Request).url : String(input);
          const url = absolute(win, rawUrl);
          if (url.length <= MAX_URL && isCandidateUrl(url)) {
            let bodyType = 'none';
            if (init && init.body != null) {
              const b = readBody(win, init.body);
              bodyType = b.type;
              bodyText = b.text;
            } else if (isRequest && (input as Request).body) {
              bodyType = 'Request';
              // Clone before the native call consumes the original.
              bodyText = (input as Request).clone().text();
            }
            const headers = {
              ...(isRequest ? headersOf(win, (input as Request).headers) : {}),
              ...headersOf(win, init?.headers),
            };
            pending = { transport: 'fetch', method, url, headers, body: null, bodyType, startedAt: Date.now() };
          }
        }
      } catch {
        pending = null;
      }
      // eslint-disable-next-line prefer-rest-params
      const result = Reflect.apply(nativeFetch, this, arguments) as Promise<Response>;
      if (pending) {
        const base = pending;
        const text = bodyText;
        try {
          result.then(
            (res) => {
              let copy: Response | null = null;
              try {
                copy = res.clone();
              } catch {
                /* body already used by an earlier reader */
              }
              const response = copy ? readResponseText(copy).then((body) => ({ status: copy.status, body })) : null;
              void report(win, base, text, response, null);
            },
            (err: unknown) => void report(win, base, text, null, err instanceof Error ? err.name : 'Error'),
          );
        } catch {
          /* ignore */
        }
      }
      return result;
    },
  }.fetch;
  win.fetch = disguise(wrapped, nativeFetch) as typeof fetch;
}

/** Emit one capture once the request body (Blob/Request bodies are read asynchronously) and the response are known. */
async function report(
  win: Win,
  base: Omit<HookRequest, 'response' | 'failure'>,
  bodyText: string | null | Promise<string | null>,
  response: HookRequest['response'] | Promise<HookRequest['response']>,
  failure: string | null,
): Promise<void> {
  try {
    const body = await Promise.resolve(bodyText).catch(() => null);
    const res = await Promise.resolve(response).catch(() => null);
    emit(win, { ...base, body: body === null ? null : cap(body, MAX_BODY), response: res, failure });
  } catch {
    /* ignore */
  }
}

interface XhrEnd {
  status: number;
  text: string | null;
}

/** Status and (capped) response text of a finished XHR. */
function xhrEnd(xhr: XMLHttpRequest): XhrEnd {
  let text: string | null = null;
  try {
    const rt = xhr.responseType;
    if (rt === '' || rt === 'text') text = cap(xhr.responseText, MAX_RESPONSE);
    else if (rt === 'json') text = cap(JSON.stringify(xhr.response), MAX_RESPONSE);
  } catch {
    /* ignore */
  }
  return { status: xhr.status, text };
}

interface XhrState {
  method: string;
  url: string;
  headers: Record<string, string>;
}

function hookXhr(win: Win, disguise: Disguise): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const state = new WeakMap<XMLHttpRequest, XhrState>();
  // Pages reuse one XHR object for many requests (open → send → open → send…) and every send adds a loadend
  // listener. Each listener runs once (on the first loadend after its send), and a request that will never end —
  // re-opened while in flight (no events fire for it), or whose native send threw — is marked abandoned, so its
  // listener does not report the next request's loadend as a stale duplicate paired with the wrong response.
  // A re-open from inside the page's own load/loadend handler (readyState DONE, our listener not run yet) does not
  // abandon the request that just ended, but it resets the response: snapshot it first for our listener.
  const inFlight = new WeakMap<XMLHttpRequest, object>();
  const abandoned = new WeakSet<object>();
  const endedWith = new WeakMap<object, XhrEnd>();
  const nativeOpen = proto.open;
  const nativeSend = proto.send;
  const nativeSetHeader = proto.setRequestHeader;

  const open = {
    open(this: XMLHttpRequest, method: string, url: string | URL) {
      try {
        const pending = inFlight.get(this);
        if (pending && this.readyState !== 4) abandoned.add(pending);
        else if (pending) endedWith.set(pending, xhrEnd(this));
        inFlight.delete(this);
        const m = String(method).toUpperCase();
        if (m === 'POST') {
          const abs = absolute(win, String(url));
          if (abs.length <= MAX_URL && isCandidateUrl(abs)) state.set(this, { method: m, url: abs, headers: {} });
          else state.delete(this);
        } else state.delete(this);
      } catch {
        /* ignore */
      }
      // eslint-disable-next-line prefer-rest-params
      return Reflect.apply(nativeOpen, this, arguments) as void;
    },
  }.open;

  const setRequestHeader = {
    setRequestHeader(this: XMLHttpRequest, name: string, value: string) {
      // eslint-disable-next-line prefer-rest-params
      const r = Reflect.apply(nativeSetHeader, this, arguments) as void;
      try {
        const s = state.get(this);
        if (s) Object.assign(s.headers, headersOf(win, [[name, value]]));
      } catch {
        /* ignore */
      }
      return r;
    },
  }.setRequestHeader;

  const send = {
    send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      let token: object | null = null;
      try {
        const s = state.get(this);
        if (s) {
          const b = readBody(win, body);
          const base = { transport: 'xhr' as const, ...s, body: null, bodyType: b.type, startedAt: Date.now() };
          const mine = {};
          token = mine;
          inFlight.set(this, mine);
          this.addEventListener(
            'loadend',
            (event) => {
              const xhr = event.target as XMLHttpRequest;
              if (abandoned.has(mine)) return;
              if (inFlight.get(xhr) === mine) inFlight.delete(xhr);
              const { status, text } = endedWith.get(mine) ?? xhrEnd(xhr);
              const failed = status === 0;
              void report(win, base, b.text, failed ? null : { status, body: text }, failed ? 'NetworkError' : null);
            },
            { once: true },
          );
        }
      } catch {
        /* ignore */
      }
      try {
        // eslint-disable-next-line prefer-rest-params
        return Reflect.apply(nativeSend, this, arguments) as void;
      } catch (err) {
        if (token) abandoned.add(token);
        throw err;
      }
    },
  }.send;

  proto.open = disguise(open, nativeOpen) as typeof proto.open;
  proto.send = disguise(send, nativeSend);
  proto.setRequestHeader = disguise(setRequestHeader, nativeSetHeader);
}
