import type { RuleContext } from './rule-context';
import { promotedObject } from './rule-context';

/**
 * Permissions an ad set request needs, as data. `required` ones block creating the ad set at all; the others are
 * needed to read what the diagnosis (and a backend) reads. Sources: Meta's click-to-message guides list
 * ads_management, pages_manage_ads, pages_read_engagement (and a role with the ADVERTISE task on the Page);
 * WABA phone numbers need whatsapp_business_management (docs/ARCHITECTURE.md#what-a-ctwa-ad-set-sends).
 */
export interface ScopeNeed {
  scope: string;
  required: boolean;
}

export function requiredScopes(ctx: RuleContext): ScopeNeed[] {
  const needs: ScopeNeed[] = [
    { scope: 'ads_management', required: true },
    { scope: 'pages_manage_ads', required: true },
    { scope: 'pages_read_engagement', required: false },
  ];
  const usesWaba =
    ctx.facts?.ids.wabaId != null ||
    promotedObject(ctx.api.request)?.['whats_app_business_phone_number_id'] !== undefined;
  if (usesWaba) needs.push({ scope: 'whatsapp_business_management', required: false });
  return needs;
}
