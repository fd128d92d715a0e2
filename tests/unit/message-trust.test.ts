import { describe, expect, it } from 'vitest';
import { mayUse, senderTier, type MessageSender } from '../../lib/message-trust';

const own = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const firefox = { id: '{56a23e60-2635-48a1-81c2-38875b9f1a68}', baseUrl: 'moz-extension://0b7e4c1e-7a8b-4c5d-9e0f-112233445566/' };
const adsManagerTab = { id: own.id, url: 'https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1', tab: { id: 7 } };

const popupMay = (sender: MessageSender, ext = own) => mayUse('popup', senderTier(sender, ext));
const bridgeMay = (sender: MessageSender, ext = own) => mayUse('bridge', senderTier(sender, ext));

describe('message trust tiers: who may use the popup channel', () => {
  it.each([
    ['the popup (no tab)', { id: own.id, url: `${own.baseUrl}popup.html` }],
    ['the popup opened in a tab (popup.html?tabId=)', { id: own.id, url: `${own.baseUrl}popup.html?tabId=7`, tab: { id: 9 } }],
    ['the welcome page', { id: own.id, url: `${own.baseUrl}welcome.html`, tab: { id: 3 } }],
  ])('accepts %s', (_what, sender) => {
    expect(popupMay(sender)).toBe(true);
    expect(bridgeMay(sender)).toBe(false);
  });

  it('accepts Firefox extension pages (moz-extension:// with the per-install UUID)', () => {
    expect(popupMay({ id: firefox.id, url: `${firefox.baseUrl}popup.html` }, firefox)).toBe(true);
  });

  it.each([
    ['the Ads Manager content script', adsManagerTab],
    ['a content script whose page URL names the extension in its query', { ...adsManagerTab, url: `https://adsmanager.facebook.com/?next=${own.baseUrl}popup.html` }],
    ['a content script with no URL', { id: own.id, tab: { id: 7 } }],
    ['another extension’s page', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }],
    ['another extension claiming our URL', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${own.baseUrl}popup.html` }],
    ['an origin that only starts like ours', { id: own.id, url: `${own.baseUrl.slice(0, -1)}.evil.example/popup.html` }],
    ['a sender without id', { url: `${own.baseUrl}popup.html` }],
    ['an empty sender', {}],
  ])('refuses %s', (_what, sender) => {
    expect(popupMay(sender)).toBe(false);
  });

  it('refuses everything when the base URL is not an origin ending in "/" (never a bare prefix match)', () => {
    expect(popupMay({ id: own.id, url: `${own.baseUrl}popup.html` }, { id: own.id, baseUrl: own.baseUrl.slice(0, -1) })).toBe(false);
  });

  it('refuses a missing sender', () => {
    expect(mayUse('popup', senderTier(undefined, own))).toBe(false);
  });
});

describe('message trust tiers: who may use the bridge channel', () => {
  it('accepts the content script, for its own tab only', () => {
    const from = senderTier(adsManagerTab, own);
    expect(from).toEqual({ tier: 'content-script', tabId: 7 });
    expect(mayUse('bridge', from)).toBe(true);
    expect(mayUse('popup', from)).toBe(false);
  });

  it.each([
    ['no tab', { id: own.id, url: 'https://adsmanager.facebook.com/' }],
    ['tabs.TAB_ID_NONE', { ...adsManagerTab, tab: { id: -1 } }],
    ['a fractional tab id', { ...adsManagerTab, tab: { id: 1.5 } }],
    ['another extension', { ...adsManagerTab, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['the popup', { id: own.id, url: `${own.baseUrl}popup.html` }],
  ])('refuses a sender with %s', (_what, sender) => {
    expect(bridgeMay(sender)).toBe(false);
  });
});
