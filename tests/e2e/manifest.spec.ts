import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The built manifest is the security contract users accept at install (SECURITY.md): the fewest permissions that
 * work. WXT assembles it from wxt.config.ts and the entrypoints, so the only trustworthy place to check it is the
 * build output. No browser needed; run after `npx wxt build`.
 */
const OUT = path.resolve('.output/chrome-mv3');
const ADS_MANAGER_ORIGINS = ['https://adsmanager.facebook.com/*', 'https://business.facebook.com/*'];

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  world?: string;
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
}
interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  background?: { service_worker?: string };
  [key: string]: unknown;
}

function readManifest(): Manifest {
  const file = path.join(OUT, 'manifest.json');
  if (!existsSync(file)) throw new Error('Build the extension first: npx wxt build');
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** `"script-src 'self'; connect-src https://x"` → { 'script-src': ["'self'"], 'connect-src': ['https://x'] } */
function directives(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

const manifest = readManifest();
const text = JSON.stringify(manifest);

test('permissions are exactly storage and activeTab', () => {
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage', 'activeTab']);
  expect(manifest.optional_permissions).toBeUndefined();
  // Named explicitly so a failure message says which powerful permission crept in.
  for (const p of ['tabs', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'cookies', 'scripting', 'debugger', 'history', 'downloads', 'clipboardRead']) {
    expect(manifest.permissions, p).not.toContain(p);
  }
});

test('host access is only graph.facebook.com; no <all_urls> anywhere', () => {
  expect(manifest.host_permissions).toEqual(['https://graph.facebook.com/*']);
  expect(manifest.optional_host_permissions).toBeUndefined();
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toMatch(/"\*:\/\/|https?:\/\/\*\/|https?:\/\/\*\.facebook\.com/);
  expect(text).not.toContain('http://');
});

test('content scripts run only on the two Ads Manager origins, top frame, at document_start', () => {
  const scripts = manifest.content_scripts ?? [];
  expect(scripts).toHaveLength(2);
  for (const s of scripts) {
    expect(s.matches).toEqual(ADS_MANAGER_ORIGINS);
    expect(s.run_at).toBe('document_start');
    expect(s.exclude_matches).toBeUndefined();
    expect(s.css).toBeUndefined();
    // Frames would widen what is read: Ads Manager submits from the top document.
    expect(s.all_frames).toBeFalsy();
    expect(s.match_about_blank).toBeFalsy();
    expect(s.match_origin_as_fallback).toBeFalsy();
    for (const js of s.js ?? []) expect(existsSync(path.join(OUT, js)), js).toBe(true);
  }
  // One page-world hook (wraps fetch/XHR) and one isolated bridge (the only one with extension APIs).
  expect(scripts.map((s) => s.world ?? 'ISOLATED').sort()).toEqual(['ISOLATED', 'MAIN']);
});

test('nothing is exposed to web pages or other extensions', () => {
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest['update_url']).toBeUndefined();
  expect(manifest['key']).toBeUndefined();
});

test('extension pages CSP: own scripts only, no eval, network only to graph.facebook.com', () => {
  const csp = manifest.content_security_policy?.extension_pages;
  expect(csp).toBeDefined();
  const d = directives(csp!);
  expect(d['script-src']).toEqual(["'self'"]);
  expect(d['object-src']).toEqual(["'self'"]);
  expect(d['connect-src']).toEqual(['https://graph.facebook.com']);
  expect(d['default-src']).toEqual(["'self'"]);
  // A development build adds ws://localhost for hot reload; a production build must not.
  expect(csp).not.toMatch(/unsafe-eval|localhost|ws:|http:|\*/);
  for (const [name, values] of Object.entries(d)) {
    if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
  }
  expect(manifest.content_security_policy?.sandbox).toBeUndefined();
});
