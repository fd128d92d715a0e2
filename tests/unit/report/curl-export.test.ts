import { describe, expect, it } from 'vitest';
import type { AdsetRequest } from '../../../lib/model';
import { buildReport, toCurlExport } from '../../../lib/report';
import { parseApiRequest } from '../../../lib/request';
import { explanationFor, META, SEED_B } from './fixtures';

const explanation = await explanationFor(SEED_B);
const report = buildReport(explanation, META);

describe('toCurlExport', () => {
  it('a report with a capture: the UI-equivalent request, to graph.facebook.com, token as "$ACCESS_TOKEN"', () => {
    const curl = toCurlExport(report);
    expect(curl.split('\n')[0]).toBe("curl -X 'POST' 'https://graph.facebook.com/v22.0/act_1187654321098765/adsets' \\");
    expect(curl).toContain('-d "access_token=$ACCESS_TOKEN"');
    expect(curl).toContain('whats_app_business_phone_number_id');
    expect(curl).not.toMatch(/fb_dtsg|__user|_reqName|jazoest/);
  });

  it('reads back as the same request', () => {
    const parsed = parseApiRequest(toCurlExport(report));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.request.fields).toEqual(report.uiEquivalent!.fields);
      expect(parsed.token).toBeNull();
    }
  });

  it('without a capture: the API request itself', () => {
    const bare = buildReport({ ...explanation, ui: null, uiEquivalent: null, diff: null }, META);
    expect(toCurlExport(bare)).toContain('https://graph.facebook.com/v20.0/act_1187654321098765/adsets');
  });

  it('a bare request works too; a secret-named field never becomes a second access_token', () => {
    const req: AdsetRequest = {
      apiVersion: 'v20.0',
      adAccountId: '1',
      method: 'POST',
      host: null,
      fields: { name: 'x', access_token: 'EAABwhatever1234567890abcdefg', appsecret_proof: 'p' },
      transport: { access_token: 'EAABwhatever1234567890abcdefg' },
    };
    const curl = toCurlExport(req);
    expect(curl.match(/access_token/g)).toHaveLength(1);
    expect(curl).not.toMatch(/EAAB|appsecret_proof/);
  });
});
