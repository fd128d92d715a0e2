import path from 'node:path';
import { defineConfig } from 'wxt';
import { HOOK_SOURCE_URL } from './lib/capture/limits';
import { catalog, LOCALES } from './lib/i18n/catalog';

// Ads API Inspector — manifest and build. Permissions are the fewest that work:
// - storage: captures and the (opt-in) token live in storage.session only.
// - activeTab: the popup learns which tab it was opened on without `tabs`.
// Host access: the content scripts' own matches (Ads Manager pages) and the Graph API host, nothing else.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
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
  manifest: ({ mode }) => ({
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
  }),
});
