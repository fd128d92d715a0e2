import { text } from '../../i18n/text';
import { ADSET_FIELDS, levelOfEdge, type AdLevel } from '../../model';
import { parseFormParams } from '../../model/form-encoding';
import { isRecord } from '../../model/record';
import type { RawRequest } from '../build-request';
import { headerPairs } from '../parse-json-input';
import type { RequestFormat } from '../parse-result';
import { Unresolved } from '../unresolved';
import type { Entry, Expr, Program } from './code-ast';
import { Evaluator } from './evaluate';

import type { CodeLanguage } from './index';
export type { CodeLanguage };

const SDK_FORMAT: Record<CodeLanguage, RequestFormat> = {
  python: 'sdk-python',
  javascript: 'sdk-node',
  php: 'sdk-php',
  java: 'sdk-java',
  ruby: 'sdk-ruby',
};
const HTTP_FORMAT: Partial<Record<CodeLanguage, RequestFormat>> = { javascript: 'http-js', python: 'http-python', php: 'http-php' };

type Call = Expr & ({ t: 'call' } | { t: 'new' });

/** The last segment of what a call is made on: `adsets` in `ad_account.adsets.create`, `AdAccount` in `new AdAccount`. */
function lastName(e: Expr | null): string | null {
  if (!e) return null;
  if (e.t === 'ref') return e.path[e.path.length - 1] ?? null;
  if (e.t === 'call') return e.name;
  if (e.t === 'new') return e.cls;
  return null;
}

/**
 * The SDKs' creation methods on an ad account, per level (facebook-business-sdk-codegen `AdAccount` edges:
 * `create_campaign`/`createCampaign`, `create_ad_set`/`createAdSet`, `create_ad`/`createAd`,
 * `create_ad_creative`/`createAdCreative`).
 */
const CREATE_METHODS: Readonly<Record<string, AdLevel>> = {
  create_campaign: 'campaign',
  createCampaign: 'campaign',
  create_ad_set: 'adset',
  createAdSet: 'adset',
  create_ad: 'ad',
  createAd: 'ad',
  create_ad_creative: 'creative',
  createAdCreative: 'creative',
};

/** The level an SDK call creates, or null when it creates nothing of the chain. */
function createLevel(c: Call): AdLevel | null {
  if (c.t !== 'call') return null;
  if (Object.hasOwn(CREATE_METHODS, c.name)) return CREATE_METHODS[c.name]!;
  // Ruby: `ad_account.adsets.create({…})`, `ad_account.adcreatives.create(name: …)`.
  const edge = c.name === 'create' ? lastName(c.receiver) : null;
  return edge ? levelOfEdge(edge) : null;
}

/**
 * Find the ad set request in a pasted program: an SDK call (`create_ad_set`, `createAdSet`, `adsets.create`), else an
 * HTTP call whose URL is a Graph one (axios, fetch, requests, Guzzle…), else an object of ad set parameters assigned
 * to a name. Null when the program has none of these.
 */
export function recognise(prog: Program, lang: CodeLanguage, bare = false): { raw: RawRequest; format: RequestFormat } | null {
  const ev = new Evaluator(prog);
  const calls = prog.calls as Call[];
  const raw: RawRequest = { url: null, method: 'POST', headers: [], params: [], warnings: ev.notes, tokens: [] };
  sdkSession(ev, calls, lang, raw);

  const create = calls.find((c) => createLevel(c) !== null);
  if (create && create.t === 'call') {
    raw.level = createLevel(create)!;
    const params = lang === 'ruby' ? rubyParams(create) : lang === 'python' ? (create.kwargs['params'] ?? create.args[1]) : create.args[1];
    if (params) raw.params = entriesOf(ev, params);
    const account = accountOf(ev, lang === 'ruby' ? rubyAccount(create.receiver) : create.receiver);
    if (account !== undefined) raw.adAccount = account;
    return { raw, format: SDK_FORMAT[lang] };
  }

  const object = objectStyleCreate(ev, calls, lang, raw);
  if (object) return { raw, format: SDK_FORMAT[lang] };

  const http = calls.find((c) => httpTarget(ev, c) !== null);
  if (http) {
    readHttpCall(ev, http, raw);
    return { raw, format: HTTP_FORMAT[lang] ?? SDK_FORMAT[lang] };
  }

  // Just the parameters, assigned to a name (`params = {…}`) or bare: the object with the most ad set fields.
  let best: { e: Expr; score: number } | null = null;
  const candidates = bare ? [...prog.assigns.map(([, e]) => e), ...prog.bare] : prog.assigns.map(([, e]) => e);
  for (const e of candidates) {
    if (e.t !== 'obj') continue;
    const score = e.entries.filter((en) => 'key' in en && isAdsetKey(ev, en.key)).length;
    if (score > 0 && (!best || score > best.score)) best = { e, score };
  }
  if (best) {
    raw.params = entriesOf(ev, best.e);
    raw.method = null;
    return { raw, format: 'params' };
  }
  return null;
}

function isAdsetKey(ev: Evaluator, key: Expr): boolean {
  const k = ev.key(key, 0, true);
  return k !== null && k in ADSET_FIELDS;
}

/** `ad_account.adsets` → `ad_account`. */
function rubyAccount(e: Expr | null): Expr | null {
  if (e?.t === 'ref' && e.path.length > 1) return { ...e, path: e.path.slice(0, -1), to: e.from + e.path.slice(0, -1).join('.').length };
  if (e?.t === 'call' && levelOfEdge(e.name)) return e.receiver;
  return e;
}

function rubyParams(c: Call & { t: 'call' }): Expr | undefined {
  if (c.args[0]) return c.args[0];
  const entries = Object.entries(c.kwargs).map(([k, v]) => ({ key: { t: 'lit', v: k, from: v.from, to: v.to } as Expr, value: v }));
  return entries.length ? { t: 'obj', entries, from: c.from, to: c.to } : undefined;
}

/** The parameters as name/value pairs; a params object the snippet does not define is one unknown. */
function entriesOf(ev: Evaluator, e: Expr): [string, unknown][] {
  const v = ev.value(e);
  if (isRecord(v) && !(v instanceof Unresolved)) return Object.entries(v);
  if (typeof v === 'string' && v.includes('=')) return parseFormParams(v);
  ev.notes.push(text('requestWarnCodeParams', (v instanceof Unresolved ? v : ev.unresolved(e)).line, ev.source(e).slice(0, 60)));
  return [];
}

/** `AdAccount('act_1')`, `new AdAccount(id, context)`, `FacebookAds::AdAccount.get('act_1')`, through variables. */
function accountOf(ev: Evaluator, receiver: Expr | null): string | Unresolved | undefined {
  if (!receiver) return undefined;
  const def = ev.definition(receiver);
  const ctor = def.t === 'new' || def.t === 'call' ? def : null;
  if (ctor && (lastName(ctor) === 'AdAccount' || (ctor.t === 'call' && ['get', 'new'].includes(ctor.name) && lastName(ctor.receiver) === 'AdAccount'))) {
    const id = ctor.args[0];
    if (!id) return undefined;
    const v = ev.value(id);
    // f'act_{ad_account_id}' / 'act_' + id: the unknown is the id itself.
    if (v instanceof Unresolved && id.t === 'concat') {
      const unknown = id.parts.find((p) => ev.value(p) instanceof Unresolved);
      if (unknown && id.parts.every((p) => p === unknown || p.t === 'lit')) return ev.unresolved(unknown);
    }
    return typeof v === 'string' || typeof v === 'number' ? String(v) : v instanceof Unresolved ? v : ev.unresolved(id);
  }
  return def.t === 'ref' ? ev.unresolved(receiver) : undefined;
}

/** Token and version from the SDK's session set-up, in each SDK's own signature. */
function sdkSession(ev: Evaluator, calls: Call[], lang: CodeLanguage, raw: RawRequest): void {
  const token = (e: Expr | undefined) => {
    if (e) raw.tokens!.push(asText(ev, e));
  };
  // The app secret the SDK is set up with is no ad set field, but a secret the draft must not keep.
  const secret = (e: Expr | undefined) => {
    if (e) (raw.secrets ??= []).push(asText(ev, e));
  };
  for (const c of calls) {
    const owner = c.t === 'call' ? lastName(c.receiver) : null;
    if (c.t === 'call' && c.name === 'init' && (owner === 'FacebookAdsApi' || owner === 'Api')) {
      if (lang === 'python') {
        token(c.kwargs['access_token'] ?? c.args[2]);
        secret(c.kwargs['app_secret'] ?? c.args[1]);
        const version = c.kwargs['api_version'] ?? c.args[4];
        if (version) raw.apiVersion = asText(ev, version);
        const account = c.kwargs['account_id'] ?? c.args[3];
        if (account && raw.adAccount === undefined) raw.adAccount = asText(ev, account);
      } else if (lang === 'php') {
        token(c.args[2]);
        secret(c.args[1]);
      }
      else token(c.args[0]);
    } else if (c.t === 'new' && c.cls === 'APIContext') {
      token(c.args[0]);
      secret(c.args[1]);
    }
    else if (c.t === 'call' && c.name === 'new' && owner === 'Session') token(c.kwargs['access_token']);
  }
  // Ruby: `FacebookAds.configure do |config| config.access_token = '…' end`.
  for (const [name, e] of ev.prog.assigns) {
    if (/\.access_token$/.test(name)) token(e);
    else if (/\.app_secret$/.test(name)) secret(e);
  }
}

function asText(ev: Evaluator, e: Expr): string | Unresolved {
  const v = ev.value(e);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : v instanceof Unresolved ? v : ev.unresolved(e);
}

const GRAPH_URL = /graph\.facebook\.com|\/adsets\b|\bact_/;

/** The URL a call sends to, when it is a Graph URL: first argument, or the `url` of a config object. */
function httpTarget(ev: Evaluator, c: Call): Expr | null {
  const first = c.args[0];
  if (!first) return null;
  if (first.t === 'obj') {
    const url = member(ev, first, 'url');
    return url && GRAPH_URL.test(ev.url(url)) ? url : null;
  }
  if (first.t === 'lit' || first.t === 'concat' || first.t === 'ref') return GRAPH_URL.test(ev.url(first)) ? first : null;
  return null;
}

function member(ev: Evaluator, obj: Expr, name: string): Expr | undefined {
  const def = ev.definition(obj);
  if (def.t !== 'obj') return undefined;
  for (const en of def.entries) if ('key' in en && en.key.t === 'lit' && en.key.v === name) return en.value;
  return undefined;
}

/**
 * axios.post(url, data, config), axios({url, method, data, params, headers}), fetch(url, {method, body, headers}),
 * requests.post(url, data=…, params=…, json=…, headers=…), $client->post(url, ['form_params' => …]).
 */
function readHttpCall(ev: Evaluator, c: Call, raw: RawRequest): void {
  const first = c.args[0] as Expr;
  const config = first.t === 'obj' ? first : c.args[2] ?? (c.args[1] && ev.definition(c.args[1]).t === 'obj' && isConfig(ev, c.args[1]) ? c.args[1] : undefined);
  const urlExpr = httpTarget(ev, c) as Expr;
  raw.url = ev.url(urlExpr);
  raw.placeholders = ev.placeholders;
  const name = c.t === 'call' ? c.name : '';
  raw.method = /^(get|post|put|delete|patch)$/i.test(name) ? name.toUpperCase() : 'POST';
  const pick = (k: string) => (config ? member(ev, config, k) : undefined) ?? (c.t === 'call' ? c.kwargs[k] : undefined);
  const method = pick('method');
  if (method) {
    const m = ev.value(method);
    if (typeof m === 'string') raw.method = m.toUpperCase();
  }
  const headers = pick('headers');
  if (headers) {
    const value = ev.value(headers);
    const known: Record<string, unknown> = {};
    if (typeof value === 'object' && value !== null && !(value instanceof Unresolved)) {
      for (const [k, v] of Object.entries(value)) {
        if (!(v instanceof Unresolved)) known[k] = v;
        else if (k.toLowerCase() === 'authorization') raw.tokens!.push(bearerOf(ev, headers, k) ?? v);
      }
    }
    raw.headers = headerPairs(known);
  }
  const bodies = [pick('body'), pick('data'), pick('json'), pick('form_params'), pick('form'), pick('params'), pick('qs'), pick('query')];
  if (first.t !== 'obj' && c.args[1] && !isConfig(ev, c.args[1])) bodies.unshift(c.args[1]);
  for (const b of bodies) if (b) raw.params.push(...entriesOf(ev, b));
}

/** The unknown token in `Authorization: \`Bearer ${token}\``: the expression after `Bearer `. */
function bearerOf(ev: Evaluator, headers: Expr, name: string): Unresolved | null {
  const e = member(ev, headers, name);
  if (!e || e.t !== 'concat') return null;
  const [head, tail] = e.parts.filter((p) => !(p.t === 'lit' && p.v === ''));
  if (head?.t === 'lit' && /^\s*(Bearer|OAuth)\s+$/i.test(String(head.v)) && tail) return ev.unresolved(tail);
  return null;
}

/** An axios/fetch options object rather than the data itself. */
function isConfig(ev: Evaluator, e: Expr): boolean {
  const def = ev.definition(e);
  if (def.t !== 'obj') return false;
  return def.entries.some((en) => 'key' in en && en.key.t === 'lit' && ['body', 'headers', 'method', 'form_params', 'json'].includes(String(en.key.v)));
}

/**
 * The older object style: `adset = AdSet(parent_id='act_1')`, `adset.update({…})` / `adset[AdSet.Field.x] = …`,
 * `adset.remote_create(params={…})` (Python); `$adset = new AdSet(null, 'act_1')`, `$adset->setData([…])`,
 * `$adset->create([…])` (PHP).
 */
function objectStyleCreate(ev: Evaluator, calls: Call[], lang: CodeLanguage, raw: RawRequest): boolean {
  for (const c of calls) {
    if (c.t !== 'call' || !['remote_create', 'create'].includes(c.name) || c.receiver?.t !== 'ref' || c.receiver.path.length !== 1) continue;
    const name = c.receiver.path[0] as string;
    const def = ev.definition(c.receiver);
    const ctor = (def.t === 'call' && def.receiver === null) || def.t === 'new' ? def : null;
    if (!ctor || lastName(ctor) !== 'AdSet') continue;
    const parent = ctor.t === 'call' ? (ctor.kwargs['parent_id'] ?? ctor.args[0]) : lang === 'php' ? ctor.args[1] : ctor.args[0];
    if (parent) raw.adAccount = asText(ev, parent);
    const entries: Entry[] = [];
    for (const u of calls) {
      if (u.t === 'call' && ['update', 'setData', 'set_data'].includes(u.name) && u.receiver?.t === 'ref' && u.receiver.path.join('.') === name && u.args[0]) entries.push({ spread: u.args[0] });
    }
    for (const m of ev.prog.members) if (m.target === name) entries.push({ key: m.key, value: m.value });
    const params = c.kwargs['params'] ?? c.args[0];
    if (params) entries.push({ spread: params });
    raw.params = entriesOf(ev, { t: 'obj', entries, from: c.from, to: c.to });
    return true;
  }
  return false;
}
