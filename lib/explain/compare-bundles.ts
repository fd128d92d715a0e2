import { text, type Text } from '../i18n/text';
import type { FactSource, Validation } from '../model';
import { normalizePhone } from '../phone';
import type { Explanation } from './explanation';
import { errorLabel } from './known-errors';
import { promotedObject } from './rule-context';

/**
 * One fact that differs between two runs — working-vs-failing mode ("User A works, User B fails"). `working` is
 * the first bundle's value, `failing` the second's; identities (which Page, which number) are not compared, only
 * what those objects are like, so every row is a candidate explanation.
 */
export interface FactDifference {
  /** Stable dotted name: `page.has_whatsapp_business_number`, `token.scopes`, `validate.validate_api`… */
  path: string;
  working: unknown;
  failing: unknown;
  sources: { working: FactSource | string | null; failing: FactSource | string | null };
  why: Text;
}

interface Side {
  value: unknown;
  source: FactSource | string | null;
}

type Reader = (e: Explanation) => Side | null;

const none: Side = { value: null, source: null };

function pageField(name: string): Reader {
  return (e) => {
    const p = e.facts?.page;
    if (!p) return null;
    if (!Object.hasOwn(p.fields, name)) {
      const err = p.errors.find((x) => x.fields.includes(name));
      return err ? { value: `unreadable (${errorLabel(err.failure)})`, source: err.source } : none;
    }
    return { value: p.fields[name], source: p.sources[name] ?? null };
  };
}

function objectField(obj: 'adAccount' | 'campaign', name: string): Reader {
  return (e) => {
    const o = e.facts?.[obj];
    if (!o) return null;
    return Object.hasOwn(o.fields, name) ? { value: o.fields[name], source: o.sources[name] ?? null } : none;
  };
}

const sorted = (xs: readonly string[]) => [...xs].sort();

const scopes: Reader = (e) => {
  const t = e.facts?.token;
  if (t?.ok) return { value: sorted(t.value.scopes), source: t.source };
  const p = e.facts?.permissions;
  return p?.ok ? { value: sorted(p.value.granted), source: p.source } : null;
};

const declined: Reader = (e) => {
  const p = e.facts?.permissions;
  return p?.ok ? { value: sorted(p.value.declined), source: p.source } : null;
};

/** Whether each `pages_*` granular scope covers the bundle's own Page (the ids differ between users; coverage is comparable). */
const pageCoverage: Reader = (e) => {
  const t = e.facts?.token;
  const pageId = e.facts?.ids.pageId;
  if (!t?.ok || !pageId) return null;
  const cover = t.value.granular_scopes
    .filter((g) => g.scope.startsWith('pages_'))
    .map((g) => `${g.scope}:${!g.target_ids || g.target_ids.includes(pageId) ? 'covers Page' : 'excludes Page'}`);
  return { value: sorted(cover), source: t.source };
};

const tokenField = (name: 'type' | 'is_valid'): Reader => (e) => {
  const t = e.facts?.token;
  if (!t) return null;
  return t.ok ? { value: t.value[name] ?? null, source: t.source } : { value: `unreadable (${errorLabel(t.failure)})`, source: t.source };
};

const tokenExpiry: Reader = (e) => {
  const t = e.facts?.token;
  if (!t?.ok) return null;
  const x = t.value.expires_at;
  return { value: x === undefined ? null : x === 0 ? 'never' : 'expires', source: t.source };
};

const apiVersion: Reader = (e) => ({ value: e.api.request.apiVersion, source: 'api:url' });
const uiVersion: Reader = (e) => (e.ui ? { value: e.ui.request.apiVersion, source: 'ui:url' } : null);

const requestField = (name: string): Reader => (e) => ({ value: e.api.request.fields[name] ?? null, source: `api:${name}` });

const promotedKeys: Reader = (e) => ({ value: sorted(Object.keys(promotedObject(e.api.request) ?? {})), source: 'api:promoted_object' });
const uiPromotedKeys: Reader = (e) => (e.uiEquivalent ? { value: sorted(Object.keys(promotedObject(e.uiEquivalent) ?? {})), source: 'ui:promoted_object' } : null);

/** Whether the request's number is the Page's connected number (E.164). */
const numberMatchesPage: Reader = (e) => {
  const raw = promotedObject(e.api.request)?.['whatsapp_phone_number'];
  const page = e.facts?.page?.fields['whatsapp_number'];
  if (raw === undefined || page === undefined) return null;
  const a = normalizePhone(raw).e164;
  const b = normalizePhone(page).e164;
  return { value: a !== null && a === b, source: e.facts?.page?.sources['whatsapp_number'] ?? null };
};

function validationValue(v: Validation): string {
  if (v.ok) return 'success';
  return `error ${errorLabel({ code: v.error?.code ?? v.failure?.code, subcode: v.error?.error_subcode ?? v.failure?.subcode })}`;
}

const validation = (itemId: string): Reader => (e) => {
  const v = e.facts?.validations.find((x) => x.source.itemId === itemId);
  return v ? { value: validationValue(v), source: v.source } : null;
};

const wabaReadable: Reader = (e) => {
  const w = e.facts?.wabaPhoneNumbers;
  if (!w) return null;
  return w.ok ? { value: `readable (${w.value.length})`, source: w.source } : { value: `unreadable (${errorLabel(w.failure)})`, source: w.source };
};

const topFinding: Reader = (e) => {
  const f = e.findings[0];
  return f ? { value: `${f.id} (${f.verdict})`, source: `finding:${f.id}` } : null;
};

/** What is compared, in the order a person reads it, each with why it matters. */
const COMPARED: readonly { path: string; read: Reader; why: string }[] = [
  { path: 'validate.validate_api', read: validation('validate_api'), why: 'explain_cmp_validate_api' },
  { path: 'validate.validate_ui', read: validation('validate_ui'), why: 'explain_cmp_validate_ui' },
  { path: 'page.has_whatsapp_business_number', read: pageField('has_whatsapp_business_number'), why: 'explain_cmp_page_business' },
  { path: 'page.has_whatsapp_number', read: pageField('has_whatsapp_number'), why: 'explain_cmp_page_has_number' },
  { path: 'page.number_matches_request', read: numberMatchesPage, why: 'explain_cmp_number_matches' },
  { path: 'page.tasks', read: pageField('tasks'), why: 'explain_cmp_page_tasks' },
  { path: 'token.scopes', read: scopes, why: 'explain_cmp_scopes' },
  { path: 'permissions.declined', read: declined, why: 'explain_cmp_declined' },
  { path: 'token.granular_pages', read: pageCoverage, why: 'explain_cmp_granular' },
  { path: 'token.type', read: tokenField('type'), why: 'explain_cmp_token_type' },
  { path: 'token.is_valid', read: tokenField('is_valid'), why: 'explain_cmp_token_valid' },
  { path: 'token.expiry', read: tokenExpiry, why: 'explain_cmp_token_expiry' },
  { path: 'api.api_version', read: apiVersion, why: 'explain_cmp_api_version' },
  { path: 'ui.api_version', read: uiVersion, why: 'explain_cmp_api_version' },
  { path: 'api.promoted_object.keys', read: promotedKeys, why: 'explain_cmp_promoted_keys' },
  { path: 'ui.promoted_object.keys', read: uiPromotedKeys, why: 'explain_cmp_promoted_keys' },
  { path: 'api.destination_type', read: requestField('destination_type'), why: 'explain_cmp_request_field' },
  { path: 'api.optimization_goal', read: requestField('optimization_goal'), why: 'explain_cmp_request_field' },
  { path: 'api.billing_event', read: requestField('billing_event'), why: 'explain_cmp_request_field' },
  { path: 'campaign.objective', read: objectField('campaign', 'objective'), why: 'explain_cmp_objective' },
  { path: 'campaign.special_ad_categories', read: objectField('campaign', 'special_ad_categories'), why: 'explain_cmp_objective' },
  { path: 'ad_account.account_status', read: objectField('adAccount', 'account_status'), why: 'explain_cmp_account_status' },
  { path: 'ad_account.business', read: (e) => { const s = objectField('adAccount', 'business')(e); return s && { ...s, value: (s.value as { id?: unknown } | null)?.id ?? s.value }; }, why: 'explain_cmp_business' },
  { path: 'waba.phone_numbers', read: wabaReadable, why: 'explain_cmp_waba' },
  { path: 'findings.top', read: topFinding, why: 'explain_cmp_top' },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The facts that differ between a working and a failing bundle. A fact read on one side only (e.g. no capture on
 * one side) is a difference too: "unknown" on one side is something to check by hand.
 */
export function compareBundles(a: Explanation, b: Explanation): FactDifference[] {
  const out: FactDifference[] = [];
  for (const c of COMPARED) {
    const x = c.read(a);
    const y = c.read(b);
    if (!x && !y) continue;
    const wx = x ?? none;
    const wy = y ?? none;
    if (same(wx.value, wy.value)) continue;
    out.push({ path: c.path, working: wx.value, failing: wy.value, sources: { working: wx.source, failing: wy.source }, why: text(c.why, c.path) });
  }
  return out;
}
