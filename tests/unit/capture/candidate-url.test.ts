import { describe, it, expect } from 'vitest';
import { isCandidateUrl } from '../../../lib/page-contract/candidate-url';

describe('isCandidateUrl', () => {
  const table: Array<[string, boolean]> = [
    ['https://adsmanager-graph.facebook.com/v22.0/act_1/adsets?access_token=x', true],
    ['https://graph.facebook.com/v20.0/act_1/adsets', true],
    ['https://graph.facebook.com/v22.0/', true],
    ['https://graph.facebook.com/v22.0/act_1/campaigns', true],
    ['https://adsmanager-graph.facebook.com/v22.0/123/addraft_fragments?x=1', true],
    // Ads Manager's draft flow (AdsDraftFragmentDataManager, AdsDraftPublishDataManager), batched or direct.
    ['https://adsmanager-graph.facebook.com/?_reqName=batchedCall&access_token=x', true],
    ['https://adsmanager-graph.facebook.com/v22.0/23853110000000099?_reqName=object%3Aaddraft_fragment', true],
    ['https://adsmanager-graph.facebook.com/v22.0/123/addraft_multi_fragments', true],
    ['https://adsmanager-graph.facebook.com/v22.0/123/addraft_fragments_with_publish', true],
    ['https://adsmanager-graph.facebook.com/v22.0/123/quick_create_fragments', true],
    ['https://adsmanager-graph.facebook.com/v22.0/123/publish?_reqName=object%3Adraft_id%2Fpublish', true],
    ['https://business.facebook.com/v22.0/123/addraft_multi_fragments', true],
    ['https://business.facebook.com/v22.0/123/quick_create_fragments', true],
    ['https://business.facebook.com/v22.0/123/addraft_fragments_with_publish', true],
    ['https://business.facebook.com/v22.0/123/publish', true],
    ['https://adsmanager.facebook.com/api/graphql/', true],
    ['https://www.facebook.com/api/graphql/?x=1', true],
    ['https://business.facebook.com/api/graphql', true],
    ['https://adsmanager.facebook.com/adsmanager/manage/adsets', true],
    ['https://adsmanager.facebook.com/v22.0/', true],
    ['/api/graphql/', true],
    ['https://GRAPH.FACEBOOK.COM/v22.0/act_1/adsets', true],
    ['https://graph.facebook.com:443/v22.0/act_1/adsets', true],
    // Not Meta, or Meta but not a write path.
    ['https://adsmanager.facebook.com/ajax/bz', false],
    ['https://business.facebook.com/v22.0/123/publishers', false],
    ['https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1', false],
    ['https://static.xx.fbcdn.net/rsrc.php/v3/y/r/abc.js', false],
    ['https://example.com/v22.0/act_1/adsets', false],
    ['https://facebook.com.evil.example/api/graphql/', false],
    ['https://facebook.com@evil.example/api/graphql/', false],
    ['https://evil.example/?u=https://graph.facebook.com/v22.0/', false],
    ['https://notfacebook.com/api/graphql/', false],
    ['//evil.example/api/graphql/', false],
    ['', false],
    ['graph.facebook.com/v22.0/', false],
  ];
  it.each(table)('%s → %s', (url, expected) => {
    expect(isCandidateUrl(url)).toBe(expected);
  });

  it('rejects URLs beyond the cap without scanning them', () => {
    expect(isCandidateUrl('https://graph.facebook.com/v22.0/?' + 'a'.repeat(9000))).toBe(false);
  });
});

// lib/page-contract/ is what the MAIN-world hook and the bridge share with the rest: every file of it is bundled into a
// content script, so none may import anything.
describe('the page contract the content scripts bundle stays import-free and small', () => {
  it.each(['candidate-url.ts', 'limits.ts', 'ads-manager-pages.ts'])('%s', async (file) => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL(`../../../lib/page-contract/${file}`, import.meta.url), 'utf8');
    expect(src).not.toMatch(/^\s*(import|export\s.*\sfrom)\s/m);
    expect(src.length).toBeLessThan(3000);
  });
});
