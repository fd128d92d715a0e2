export default defineContentScript({
  matches: ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {},
});
