import { describe, it, expect } from 'vitest';
import { decodeCapture } from '../../../lib/capture';
import { hook, hookFixture, submissions } from './fixtures';

describe('decodeCapture: JSON body', () => {
  const [s] = submissions(decodeCapture(hookFixture('json-adset.json')));

  it('keeps JSON types and sets the token aside', () => {
    expect(s).toMatchObject({ encoding: 'json', location: 'body', tokenPresent: true });
    expect(s!.request).toMatchObject({ apiVersion: 'v21.0', adAccountId: '1187654321098765', host: 'graph.facebook.com' });
    expect(s!.request.fields.daily_budget).toBe(1000);
    expect(s!.request.fields.execution_options).toEqual(['validate_only', 'include_recommendations']);
    expect(s!.request.fields).not.toHaveProperty('access_token');
    expect(s!.request.transport).toEqual({ locale: 'en_US', access_token: '[redacted]' });
    expect(s!.response).toMatchObject({ status: 200, body: { success: true }, createdIds: [] });
  });

  const table: Array<[string, string, string[]]> = [
    ['object at the top', '{"optimization_goal":"REACH","targeting":"{\\"geo_locations\\":{}}"}', ['body']],
    ['wrapped in {adset: …}', '{"adset":{"optimization_goal":"REACH","billing_event":"IMPRESSIONS"}}', ['body.adset']],
    ['an array of ad sets', '[{"optimization_goal":"A","billing_event":"B"},{"campaign_id":"1","targeting":{}}]', ['body[0]', 'body[1]']],
  ];
  it.each(table)('%s → locations %j', (_name, body, locations) => {
    const got = submissions(
      decodeCapture(hook({ url: 'https://graph.facebook.com/v22.0/act_9/things', body, headers: { 'content-type': 'application/json' } })),
    );
    expect(got.map((x) => x.location)).toEqual(locations);
    expect(got.every((x) => x.encoding === 'json')).toBe(true);
  });

  it('decodes JSON-string members of a JSON body too', () => {
    const [x] = submissions(decodeCapture(hook({ body: '{"optimization_goal":"REACH","targeting":"{\\"age_min\\":18}"}' })));
    expect(x!.request.fields.targeting).toEqual({ age_min: 18 });
  });
});
