import { text } from '../i18n/text';
import type { Evidence, Facts, FactSource, GraphFailure, Validation } from '../model';
import { failureEvidence, validationEvidence } from './evidence';
import { errorLabel } from './known-errors';
import { provenFixes } from './proven-fixes';
import { requiredScopes } from './required-scopes';
import { apiValidation, codesOf, validationOf, type RuleContext } from './rule-context';

/**
 * The actor difference: Ads Manager's request worked in Ads Manager; the plan validates that exact request with the
 * user's token, and it fails the same way (same code and subcode) as the user's own, while no change to the request passes. Then the content is ruled
 * out — what differs is who sends it (token scopes, token type, Page role, the business's access to the WABA).
 */
export function actorDifference(ctx: RuleContext): { api: Validation; ui: Validation } | null {
  // Only when Ads Manager's request worked in Ads Manager (its captured answer is not an error): when it failed there
  // too, the content (or the Page) fails for everyone, and the content rules decide.
  const uiAnswer = ctx.ui?.response;
  if (!uiAnswer || uiAnswer.error) return null;
  const api = apiValidation(ctx);
  const ui = validationOf(ctx, 'validate_ui');
  if (!api || !ui || api.ok || ui.ok) return null;
  const a = codesOf(api);
  const b = codesOf(ui);
  if (a?.code === undefined || a.code !== b?.code || a.subcode !== b.subcode) return null;
  if (provenFixes(ctx).length) return null;
  return { api, ui };
}

/** The catalogue ids about what is sent: ruled out when the actor differs. */
export const CONTENT_FINDINGS: ReadonlySet<string> = new Set([
  'hidden-field',
  'extra-field',
  'value-mismatch',
  'phone-mismatch',
  'objective-mismatch',
  'api-version',
  'page-number-not-business',
]);

export interface RefusedRead {
  scope: string;
  failure: GraphFailure;
  source: FactSource;
}

/**
 * Reads Graph refused (#200, #10, or "cannot be loaded due to missing permissions"): each names the scope it
 * needs — WABA edges whatsapp_business_management (Meta's business/…_whatsapp_business_accounts reference), Page
 * fields pages_read_engagement, the ad account ads_read.
 */
export function refusedReads(facts: Facts | null): RefusedRead[] {
  if (!facts) return [];
  const out: RefusedRead[] = [];
  const refused = (f: GraphFailure) => f.kind === 'permission';
  for (const r of facts.wabaDiscovery?.refused ?? []) if (refused(r.failure)) out.push(r);
  if (facts.wabaPhoneNumbers && !facts.wabaPhoneNumbers.ok && refused(facts.wabaPhoneNumbers.failure)) {
    out.push({ scope: 'whatsapp_business_management', failure: facts.wabaPhoneNumbers.failure, source: facts.wabaPhoneNumbers.source });
  }
  for (const e of facts.page?.errors ?? []) if (refused(e.failure)) out.push({ scope: 'pages_read_engagement', failure: e.failure, source: e.source });
  for (const e of facts.adAccount?.errors ?? []) if (refused(e.failure)) out.push({ scope: 'ads_read', failure: e.failure, source: e.source });
  return out;
}

export function refusedReadEvidence(r: RefusedRead): Evidence {
  return { ...failureEvidence(r.failure, r.source), fact: text('explain_ev_refused_read', r.scope) };
}

/** Granted scopes: me/permissions when readable, else debug_token's. */
export function grantedScopes(facts: Facts | null): { granted: string[]; source: FactSource } | null {
  if (facts?.permissions?.ok) return { granted: facts.permissions.value.granted, source: facts.permissions.source };
  if (facts?.token?.ok) return { granted: facts.token.value.scopes, source: facts.token.source };
  return null;
}

/** Scopes the request (or a refused read) needs that the token does not have. */
export function missingScopes(ctx: RuleContext): string[] {
  const g = grantedScopes(ctx.facts);
  if (!g) return [];
  const needed = [...requiredScopes(ctx).map((n) => n.scope), ...refusedReads(ctx.facts).map((r) => r.scope)];
  return [...new Set(needed.filter((s) => !g.granted.includes(s)))];
}

/** What the actor difference rests on: Ads Manager's request with this token, and the token's type. */
export function actorEvidence(ctx: RuleContext, a: { api: Validation; ui: Validation }): Evidence[] {
  const out: Evidence[] = [
    validationEvidence(a.api),
    { ...validationEvidence(a.ui), fact: text('explain_ev_actor'), value: `validate_only: error ${errorLabel(codesOf(a.ui))} (same as your request)` },
  ];
  const token = ctx.facts?.token;
  if (token?.ok && token.value.type) out.push({ fact: text('explain_ev_token_type'), value: token.value.type, source: token.source });
  const d = ctx.facts?.wabaDiscovery;
  if (d && d.accounts.length) {
    out.push({ fact: text('explain_ev_waba_access'), value: d.accounts.map((w) => `${w.id} (${w.relation}, via ${w.via})`).join(', '), source: d.accounts[0]!.source });
  }
  return out;
}
