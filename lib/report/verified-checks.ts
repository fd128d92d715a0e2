import { format, text, type Locale, type Text } from '../i18n';
import type { Facts, GraphFailure, ObjectFact, TokenInfo, Validation } from '../model';
import { errorCodeLabel } from './error-meaning';
import { formatUtc } from './format-date';
import type { Check, CheckStatus } from './report-schema';

/**
 * Permissions creating a Click-to-WhatsApp ad set needs (the seed's token had these: the question is never "is a
 * scope missing" alone, but the report must show it was checked).
 */
export const NEEDED_SCOPES: readonly string[] = ['ads_management', 'pages_read_engagement', 'pages_manage_ads'];
/** Not needed to create the ad set, but without it the WABA's phone numbers cannot be read (a diagnosis gap). */
export const HELPFUL_SCOPES: readonly string[] = ['business_management', 'whatsapp_business_management'];

// Objectives that allow a WhatsApp destination in the ODAX set (and the legacy ones older campaigns keep).
const WHATSAPP_OBJECTIVES: ReadonlySet<string> = new Set([
  'OUTCOME_ENGAGEMENT',
  'OUTCOME_TRAFFIC',
  'OUTCOME_SALES',
  'OUTCOME_LEADS',
  'MESSAGES',
  'CONVERSIONS',
  'LINK_CLICKS',
]);

// https://developers.facebook.com/docs/marketing-api/reference/ad-account/ (account_status).
const ACCOUNT_STATUS: Readonly<Record<number, string>> = {
  1: 'ACTIVE',
  2: 'DISABLED',
  3: 'UNSETTLED',
  7: 'PENDING_RISK_REVIEW',
  8: 'PENDING_SETTLEMENT',
  9: 'IN_GRACE_PERIOD',
  100: 'PENDING_CLOSURE',
  101: 'CLOSED',
  201: 'ANY_ACTIVE',
  202: 'ANY_CLOSED',
};

/**
 * The "What was verified" list, from the Graph facts: one line per thing checked with the user's token, including
 * what could not be checked and why. Texts are rendered in `locale` (a validation's label is itself a Text, so the
 * lines are derived per language rather than stored once).
 */
export function verifiedChecks(facts: Facts | null, locale: Locale): Check[] {
  const out: Check[] = [];
  const add = (id: string, status: CheckStatus, label: Text, note: Text | null = null) =>
    out.push({ id, status, label, labelText: format(label, locale), note, noteText: note ? format(note, locale) : null });

  if (!facts) {
    add('facts.none', 'warn', text('reportCheckNoFacts'));
    return out;
  }
  facts.batchErrors.forEach((f, i) => add(`batch.${i}`, 'fail', text('reportCheckBatchFailed', failureCode(f)), f.message));

  // Identity and token.
  if (facts.identity?.ok) {
    const v = facts.identity.value;
    add('token.identity', 'ok', text('reportCheckIdentity', v.name ?? '?', v.id));
  } else if (facts.identity) {
    add('token.identity', 'fail', text('reportCheckIdentityFailed', failureCode(facts.identity.failure)), facts.identity.failure.message);
  }
  const token = facts.token?.ok ? facts.token.value : null;
  if (facts.token?.ok) addTokenCheck(facts.token.value, add);
  else if (facts.token) add('token.debug', 'warn', text('reportCheckTokenUnreadable'), facts.token.failure.message);

  // Scopes: debug_token's list when it answered, else me/permissions.
  const permissions = facts.permissions?.ok ? facts.permissions.value : null;
  const granted = new Set(token?.scopes.length ? token.scopes : (permissions?.granted ?? []));
  const declined = new Set(permissions?.declined ?? []);
  const known = (token?.scopes.length ?? 0) > 0 || permissions !== null;
  if (!known) {
    add('scopes', 'warn', text('reportCheckScopesUnknown'), facts.permissions && !facts.permissions.ok ? facts.permissions.failure.message : null);
  } else {
    for (const scope of NEEDED_SCOPES) {
      if (granted.has(scope)) add(`scope.${scope}`, 'ok', text('reportCheckScopeGranted', scope));
      else add(`scope.${scope}`, 'fail', text(declined.has(scope) ? 'reportCheckScopeDeclined' : 'reportCheckScopeMissing', scope));
    }
    for (const scope of HELPFUL_SCOPES) {
      if (granted.has(scope)) add(`scope.${scope}`, 'ok', text('reportCheckScopeGranted', scope));
      else add(`scope.${scope}`, 'warn', text('reportCheckScopeHelpfulMissing', scope));
    }
  }
  addGranularChecks(facts, token, add);
  addPageChecks(facts, add);
  addWabaChecks(facts, add);
  addAdAccountChecks(facts, add);
  addCampaignChecks(facts, add);
  facts.validations.forEach((v) => addValidationCheck(v, locale, add));
  return out;
}

type Add = (id: string, status: CheckStatus, label: Text, note?: Text | null) => void;

function addTokenCheck(t: TokenInfo, add: Add): void {
  const type = t.type ?? '?';
  if (t.is_valid === false || t.error) {
    add('token.valid', 'fail', text('reportCheckTokenInvalid', t.error?.message ?? ''));
  } else if (!t.expires_at) {
    // 0 (or absent) means the token does not expire: long-lived page or system-user tokens.
    add('token.valid', 'ok', text('reportCheckTokenValidNoExpiry', type));
  } else {
    add('token.valid', 'ok', text('reportCheckTokenValidExpires', type, formatUtc(new Date(t.expires_at * 1000))));
  }
}

function addGranularChecks(facts: Facts, token: TokenInfo | null, add: Add): void {
  if (!token) {
    // debug_token only answers for the app's own developers/admins (or an app token): say what is unknown.
    add('granular', 'warn', text('reportCheckGranularUnknown'));
    return;
  }
  const targets: [prefix: string, id: string | null][] = [
    ['pages_', facts.ids.pageId],
    ['whatsapp_business_', facts.ids.wabaId],
  ];
  for (const g of token.granular_scopes) {
    const target = targets.find(([prefix]) => g.scope.startsWith(prefix));
    if (!target || target[1] === null) continue;
    const id = target[1];
    if (!g.target_ids) add(`granular.${g.scope}`, 'ok', text('reportCheckGranularNoTargets', g.scope));
    else if (g.target_ids.includes(id)) add(`granular.${g.scope}`, 'ok', text('reportCheckGranularCovers', g.scope, id));
    else add(`granular.${g.scope}`, 'fail', text('reportCheckGranularMissing', g.scope, id, g.target_ids.join(', ') || '—'));
  }
}

function addPageChecks(facts: Facts, add: Add): void {
  const pageId = facts.ids.pageId;
  const page = facts.page;
  if (!pageId || !page) {
    add('page', 'warn', text('reportCheckNoPage'));
    return;
  }
  const name = typeof page.fields.name === 'string' ? `${pageId} (${page.fields.name})` : pageId;
  const number = page.fields.whatsapp_number;
  const unreadable = (field: string) => page.errors.find((e) => e.fields.includes(field));
  if (typeof number === 'string' && number !== '') add('page.whatsapp_number', 'ok', text('reportCheckPageNumber', name, number));
  else if (unreadable('whatsapp_number')) add('page.whatsapp_number', 'warn', text('reportCheckPageFieldUnreadable', name, 'whatsapp_number'), unreadable('whatsapp_number')!.failure.message);
  else add('page.whatsapp_number', 'fail', text('reportCheckPageNoNumber', name));

  const business = page.fields.has_whatsapp_business_number;
  if (business === true) add('page.has_whatsapp_business_number', 'ok', text('reportCheckPageBusinessNumber', name));
  else if (business === false) add('page.has_whatsapp_business_number', 'fail', text('reportCheckPagePersonalNumber', name));
  else if (unreadable('has_whatsapp_business_number')) {
    add('page.has_whatsapp_business_number', 'warn', text('reportCheckPageFieldUnreadable', name, 'has_whatsapp_business_number'), unreadable('has_whatsapp_business_number')!.failure.message);
  } else add('page.has_whatsapp_business_number', 'warn', text('reportCheckPageFieldMissing', name, 'has_whatsapp_business_number'));
  // Other unreadable parts of the Page (tasks, business…) are facts too.
  for (const e of page.errors) {
    const rest = e.fields.filter((f) => f !== 'whatsapp_number' && f !== 'has_whatsapp_business_number');
    if (rest.length) add(`page.${e.source.itemId}`, 'warn', text('reportCheckPageFieldUnreadable', name, rest.join(', ')), e.failure.message);
  }
}

function addWabaChecks(facts: Facts, add: Add): void {
  const wabaId = facts.ids.wabaId;
  const numbers = facts.wabaPhoneNumbers;
  if (!wabaId || !numbers) {
    add('waba', 'warn', text('reportCheckNoWaba'));
    return;
  }
  if (!numbers.ok) {
    const f = numbers.failure;
    add('waba.phone_numbers', f.kind === 'permission' ? 'fail' : 'warn', text('reportCheckWabaUnreadable', wabaId, failureCode(f)), f.message);
    return;
  }
  if (numbers.value.length === 0) {
    add('waba.phone_numbers', 'warn', text('reportCheckWabaEmpty', wabaId));
    return;
  }
  const list = numbers.value
    .map((n) => {
      const extra = [n.verified_name, n.status, n.code_verification_status].filter((x): x is string => !!x);
      return `${n.display_phone_number ?? n.id} [id ${n.id}${extra.length ? `, ${extra.join(', ')}` : ''}]`;
    })
    .join('; ');
  add('waba.phone_numbers', 'ok', text('reportCheckWabaNumbers', wabaId, list));
}

function addAdAccountChecks(facts: Facts, add: Add): void {
  const id = facts.ids.adAccountId;
  if (!id || !facts.adAccount) return;
  const a: ObjectFact = facts.adAccount;
  const status = a.fields.account_status;
  if (typeof status === 'number') {
    if (status === 1) add('ad_account.status', 'ok', text('reportCheckAdAccountActive', id));
    else add('ad_account.status', 'fail', text('reportCheckAdAccountInactive', id, String(status), ACCOUNT_STATUS[status] ?? '?'));
  } else if (a.errors.length) {
    add('ad_account.status', 'fail', text('reportCheckAdAccountUnreadable', id), a.errors[0]!.failure.message);
  } else add('ad_account.status', 'warn', text('reportCheckAdAccountNoStatus', id));
}

function addCampaignChecks(facts: Facts, add: Add): void {
  const id = facts.ids.campaignId;
  if (!id || !facts.campaign) return;
  const objective = facts.campaign.fields.objective;
  if (typeof objective === 'string') {
    add('campaign.objective', WHATSAPP_OBJECTIVES.has(objective) ? 'ok' : 'warn', text(WHATSAPP_OBJECTIVES.has(objective) ? 'reportCheckCampaignObjective' : 'reportCheckCampaignObjectiveUnusual', id, objective));
  } else if (facts.campaign.errors.length) {
    add('campaign.objective', 'fail', text('reportCheckCampaignUnreadable', id), facts.campaign.errors[0]!.failure.message);
  } else add('campaign.objective', 'warn', text('reportCheckCampaignNoObjective', id));
}

function addValidationCheck(v: Validation, locale: Locale, add: Add): void {
  const label = format(v.label, locale);
  const id = `validation.${v.variantId}`;
  if (v.ok) {
    add(id, 'ok', text('reportCheckValidationPassed', label));
    return;
  }
  const code = v.error?.code ?? v.failure?.code ?? null;
  const subcode = v.error?.error_subcode ?? v.failure?.subcode ?? null;
  const trace = v.error?.fbtrace_id ?? v.failure?.fbtraceId;
  if (code === null && subcode === null) {
    add(id, 'warn', text('reportCheckValidationNoAnswer', label), v.failure?.message ?? null);
    return;
  }
  const codeLabel = errorCodeLabel(code, subcode);
  add(id, 'fail', trace ? text('reportCheckValidationFailedTrace', label, codeLabel, trace) : text('reportCheckValidationFailed', label, codeLabel));
}

function failureCode(f: GraphFailure): string {
  return f.code === undefined ? f.kind : errorCodeLabel(f.code, f.subcode ?? null);
}
