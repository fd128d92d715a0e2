import { describe, expect, it } from 'vitest';
import { TOKEN_PERMISSIONS } from '../../../lib/graph/token-permissions';
import { catalog } from '../../../lib/i18n';
import { HELPFUL_SCOPES, NEEDED_SCOPES } from '../../../lib/report/verified-checks';

describe('the permissions the first-run guide asks for', () => {
  const scopes = TOKEN_PERMISSIONS.map((p) => p.scope);

  it('are the issue’s list, in the order Graph API Explorer is told to add them', () => {
    expect(scopes).toEqual(['ads_management', 'ads_read', 'business_management', 'pages_read_engagement', 'pages_manage_ads', 'whatsapp_business_management']);
  });

  it('include every scope the diagnosis checks for, so a guided token never lacks one the report asks about', () => {
    for (const scope of [...NEEDED_SCOPES, ...HELPFUL_SCOPES]) expect(scopes, scope).toContain(scope);
  });

  it('each say what they are used for, in English and Russian', () => {
    for (const p of TOKEN_PERMISSIONS) {
      expect(catalog.en[p.usedFor]?.message, p.scope).toBeTruthy();
      expect(catalog.ru[p.usedFor]?.message, p.scope).toMatch(/[А-Яа-яЁё]/);
    }
  });
});
