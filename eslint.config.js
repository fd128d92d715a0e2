import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTKIT_ONLY = 'testkit/ is test machinery for tests, the CLI and the demo; the extension (lib/, entrypoints/, components/) never imports it.';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/', 'tests/fixtures/code/'] }, // pasted-code samples, not our code
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // lib/ is pure: no extension API, no React, no DOM-only globals beyond what Node has.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'wxt/*', '#imports', 'webextension-polyfill', '@webext-core/*', '@wxt-dev/*'],
              message: 'lib/ is pure logic: no extension API, no React.',
            },
            { group: ['**/testkit', '**/testkit/**'], message: TESTKIT_ONLY },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document'],
    },
  },
  {
    // The extension never ships test machinery (simulated Graph, test encoders, scenario files on disk).
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/testkit', '**/testkit/**'], message: TESTKIT_ONLY }] }] },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'testkit/**/*.ts'],
    // Playwright fixtures call `use`, which is not React's hook.
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
