import type { BrowserContext } from '@playwright/test';
import { ADS_MANAGER_URL, expect, extensionId, launch, routeAdsManager, test } from './fixtures';

/**
 * The hook must be invisible: the same page exercising fetch and XHR in every way a page can gives identical
 * observable results with and without the extension. Runs in the page (Ads Manager URL, so the hook is injected).
 */
async function exercise(context: BrowserContext) {
  await routeAdsManager(context, (route) => {
    const url = route.request().url();
    if (url.includes('/fail')) return { status: 500, body: { error: { message: 'boom', code: 1 } } };
    // Multipart boundaries are random per request: normalise them so the echo is comparable.
    const echo = route.request().postData()?.replace(/WebKitFormBoundary\w+/g, 'WebKitFormBoundary') ?? null;
    return { status: 200, body: { id: '120235999999990001', echo } };
  });
  await context.route('https://graph.facebook.com/v22.0/network-error', (route) => route.abort('failed'));
  const page = await context.newPage();
  await page.goto(ADS_MANAGER_URL);
  return page.evaluate(async () => {
    const out: Record<string, unknown> = {};
    const graph = 'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets';
    const form = 'name=A&optimization_goal=CONVERSATIONS&billing_event=IMPRESSIONS&destination_type=WHATSAPP&promoted_object=%7B%22page_id%22%3A%221%22%7D';
    const err = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.constructor.name}` : String(e));
    const describe = async (p: Promise<Response>) => {
      try {
        const r = await p;
        return { ok: r.ok, status: r.status, type: r.type, ct: r.headers.get('content-type'), text: await r.text(), used: r.bodyUsed };
      } catch (e) {
        return { error: err(e) };
      }
    };
    // Identity of the wrapped functions.
    out.identity = {
      fetchString: fetch.toString(),
      fetchName: fetch.name,
      fetchLength: fetch.length,
      fetchHasPrototype: 'prototype' in fetch,
      openString: XMLHttpRequest.prototype.open.toString(),
      sendString: XMLHttpRequest.prototype.send.toString(),
      sendLength: XMLHttpRequest.prototype.send.length,
      openLength: XMLHttpRequest.prototype.open.length,
      toStringString: Function.prototype.toString.toString(),
      toStringOfToString: Function.prototype.toString.call(Function.prototype.toString),
      xhrInstance: new XMLHttpRequest() instanceof XMLHttpRequest,
      promise: (() => {
        const p = fetch('/noop');
        p.catch(() => undefined);
        return p instanceof Promise;
      })(),
      descriptor: JSON.stringify(Object.getOwnPropertyDescriptor(window, 'fetch'), (_k, v) => (typeof v === 'function' ? 'fn' : v)),
      newFetch: (() => {
        try {
          // @ts-expect-error deliberately wrong
          new fetch('/x');
          return 'constructed';
        } catch (e) {
          return err(e);
        }
      })(),
      illegal: await (async () => {
        try {
          await fetch.call({}, '/x');
          return 'ok';
        } catch (e) {
          return err(e);
        }
      })(),
    };
    // Bodies of every kind, to a capturing and a non-capturing URL.
    out.string = await describe(fetch(graph, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    out.params = await describe(fetch(graph, { method: 'POST', body: new URLSearchParams(form) }));
    const fd = new FormData();
    fd.append('name', 'A');
    fd.append('file', new Blob(['x']), 'f.txt');
    out.formData = await describe(fetch(graph, { method: 'POST', body: fd }));
    out.blob = await describe(fetch(graph, { method: 'POST', body: new Blob([form], { type: 'text/plain' }) }));
    out.buffer = await describe(fetch(graph, { method: 'POST', body: new TextEncoder().encode(form) }));
    out.stream = await describe(
      fetch(graph, {
        method: 'POST',
        body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(form)), c.close()) }),
        // @ts-expect-error duplex is not in every lib.dom
        duplex: 'half',
      }),
    );
    const request = new Request(graph, { method: 'POST', body: form });
    out.request = await describe(fetch(request));
    out.requestBodyUsed = request.bodyUsed;
    out.requestAgain = await describe(fetch(request));
    out.requestWithInit = await describe(fetch(new Request(graph, { method: 'POST', body: 'a=1' }), { body: form }));
    out.get = await describe(fetch('/adsmanager/api/x?y=1'));
    out.status500 = await describe(fetch('https://graph.facebook.com/v22.0/fail', { method: 'POST', body: form }));
    out.networkError = await describe(fetch('https://graph.facebook.com/v22.0/network-error', { method: 'POST', body: form }));
    out.badUrl = await describe(fetch('http://[bad', { method: 'POST' }));
    // Body reuse on the response the page gets.
    out.reuse = await (async () => {
      const r = await fetch(graph, { method: 'POST', body: form });
      const first = await r.json();
      try {
        await r.text();
        return { first, second: 'read twice' };
      } catch (e) {
        return { first, second: err(e), used: r.bodyUsed };
      }
    })();
    out.streamRead = await (async () => {
      const r = await fetch(graph, { method: 'POST', body: form });
      const reader = r.body!.getReader();
      let n = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        n += value.byteLength;
      }
      return n;
    })();
    // Abort before and during.
    out.abortBefore = await (async () => {
      const c = new AbortController();
      c.abort();
      return describe(fetch(graph, { method: 'POST', body: form, signal: c.signal }));
    })();
    out.abortReason = await (async () => {
      const c = new AbortController();
      const p = fetch(graph, { method: 'POST', body: form, signal: c.signal });
      c.abort(new Error('mine'));
      try {
        await p;
        return 'resolved';
      } catch (e) {
        return err(e) + ':' + (e as Error).message;
      }
    })();
    // XHR: async, sync, json, abort, error; event order.
    const xhr = (opts: { method: string; url: string; body?: string | null; sync?: boolean; type?: XMLHttpRequestResponseType; abort?: boolean }) =>
      new Promise((resolve) => {
        const x = new XMLHttpRequest();
        const events: string[] = [];
        for (const ev of ['loadstart', 'load', 'error', 'abort', 'loadend', 'readystatechange']) x.addEventListener(ev, () => events.push(`${ev}:${x.readyState}`));
        x.open(opts.method, opts.url, !opts.sync);
        if (opts.type) x.responseType = opts.type;
        x.setRequestHeader('content-type', 'application/x-www-form-urlencoded');
        const done = () =>
          resolve({
            status: x.status,
            text: x.responseType === '' || x.responseType === 'text' ? x.responseText : JSON.stringify(x.response),
            ct: x.getResponseHeader('content-type'),
            events,
          });
        x.addEventListener('loadend', done);
        try {
          x.send(opts.body ?? null);
        } catch (e) {
          resolve({ threw: err(e), events });
        }
        if (opts.abort) x.abort();
        if (opts.sync) done();
      });
    out.xhrAsync = await xhr({ method: 'POST', url: graph, body: form });
    out.xhrSync = await xhr({ method: 'POST', url: graph, body: form, sync: true });
    out.xhrJson = await xhr({ method: 'POST', url: graph, body: form, type: 'json' });
    out.xhrAbort = await xhr({ method: 'POST', url: graph, body: form, abort: true });
    out.xhrError = await xhr({ method: 'POST', url: 'https://graph.facebook.com/v22.0/network-error', body: form });
    out.xhrGet = await xhr({ method: 'get', url: '/adsmanager/api/x' });
    return out;
  });
}

test('fetch and XHR behave identically with and without the extension', async () => {
  const plain = await launch({ extension: false });
  const withExt = await launch({ extension: true });
  try {
    const id = await extensionId(withExt);
    const [a, b] = await Promise.all([exercise(plain), exercise(withExt)]);
    expect(b).toEqual(a);
    // The comparison means something only if the hook really ran: it captured the ad set POSTs.
    const sw = withExt.serviceWorkers().find((w) => w.url().includes(id))!;
    await expect
      .poll(async () => sw.evaluate(async () => Object.values(await chrome.storage.session.get(null)).flat().length))
      .toBeGreaterThan(5);
  } finally {
    await Promise.all([plain.close(), withExt.close()]);
  }
});
