import path from 'node:path';
import { defineConfig } from 'wxt';
import { HOOK_SOURCE_URL } from './lib/page-contract/limits';
import { catalog, LOCALES } from './lib/i18n/catalog';

// Ads API Inspector — manifest and build. Permissions are the fewest that work:
// - storage: captures and the (opt-in) token live in storage.session only.
// - activeTab: the popup learns which tab it was opened on without `tabs`.
// Host access: the content scripts' own matches (Ads Manager pages) and the Graph API host, nothing else.
//
// Packages (`npm run zip`): MV3 for every browser — the Chrome Web Store zip (Edge takes the same one) and the Firefox
// zip with its sources zip for AMO review. Firefox gets MV3 too (WXT's default for it is MV2) because the capture hook
// is a `world: "MAIN"` content script, which Firefox supports from 128 on.
// https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/content_scripts#world
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  vite: () => ({
    build: {
      // A dynamic import() loads its chunk, whose own imports the browser then fetches: no <link rel=modulepreload>
      // per dependency. Appending those links when the popup loads its parser (just after the first paint) took
      // ~15 ms of the main thread on 2 vCPU (each starts a fetch); the files are local, so the waterfall is
      // negligible. The HTML pages keep theirs (the popup preloads React). BENCHMARKS.md, "5 Popup".
      modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    },
  }),
  zip: {
    // `{{version}}` is the manifest's, which WXT takes from package.json: bump it there.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // AMO reviewers rebuild from the sources zip: it needs the code and the lock file, not screenshots or outputs.
    excludeSources: ['docs/**', 'demo-output/**', 'test-results/**', '**/*.png'],
  },
  hooks: {
    // The isolated bridge loads with every Ads Manager page and uses nothing of WXT's ContentScriptContext; the
    // real one also posts a message the page can see. See entrypoints/adsmanager.content/inert-context.ts.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The page-world hook's frames sit on the page's call stack whenever page code runs inside fetch/XHR (a getter
      // on `init`, a body's toString, a Proxy): name them without the extension id in `Error().stack`. This is a
      // partial measure; SECURITY.md ("The extension id and the page") says what it does not hide, and why.
      if (entrypoints.some((e) => e.type === 'content-script' && e.name === 'capture')) {
        config.plugins = [
          ...(config.plugins ?? []),
          {
            name: 'hook-source-url',
            generateBundle(_options, bundle) {
              for (const chunk of Object.values(bundle)) {
                if (chunk.type === 'chunk' && chunk.fileName === 'content-scripts/capture.js') chunk.code += `\n//# sourceURL=${HOOK_SOURCE_URL}\n`;
              }
            },
          },
        ];
      }
      if (!entrypoints.some((e) => e.type === 'content-script' && e.name === 'adsmanager')) return;
      const alias = { find: /^wxt\/utils\/content-script-context$/, replacement: path.resolve('entrypoints/adsmanager.content/inert-context.ts') };
      config.resolve ??= {};
      const current = config.resolve.alias;
      config.resolve.alias = Array.isArray(current)
        ? [alias, ...current]
        : [alias, ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
    },
    // The catalogue is kept one file per area (lib/i18n/messages/<lang>/<area>.json); Chrome wants one per language.
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(catalog[locale], null, 1) });
      }
    },
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    host_permissions: ['https://graph.facebook.com/*'],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; connect-src https://graph.facebook.com; img-src 'self' data:; style-src 'self' 'unsafe-inline'; default-src 'self'" +
        (mode === 'development' ? ' ws://localhost:* http://localhost:*' : ''),
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});

/**
 * Firefox only (Chrome ignores the key but the Chrome Web Store warns about unknown keys, so it is left out there).
 * - id: fixed, so AMO updates and storage survive reinstalls (required for MV3 signing).
 * - strict_min_version 128: the first Firefox that runs MAIN-world content scripts; storage.session is 115+.
 * - data_collection_permissions: Firefox's built-in consent (required for new AMO listings since 2025-11-03,
 *   https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/). Nothing reaches the
 *   developer, but the extension does transmit two kinds of data off the browser on the user's click: the access
 *   token (authenticationInfo) and the ad set the page submitted, in the validate_only dry runs (websiteContent) —
 *   both only to graph.facebook.com. Declared rather than "none", matching the Chrome Web Store disclosure
 *   (docs/store/chrome-web-store-privacy.md). Firefox before 140 ignores the key.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: '{56a23e60-2635-48a1-81c2-38875b9f1a68}',
    strict_min_version: '128.0',
    // WXT 0.21's manifest type predates the key.
    data_collection_permissions: { required: ['authenticationInfo', 'websiteContent'] },
  } as { id: string; strict_min_version: string },
};
