import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Capture, HookRequest, RawCapture, Submission } from '../../../lib/model';

const dir = fileURLToPath(new URL('../../fixtures/capture/', import.meta.url));

/** A hooked request stored as JSON under tests/fixtures/capture/. */
export function hookFixture(name: string): HookRequest {
  return JSON.parse(readFileSync(dir + name, 'utf8')) as HookRequest;
}

export function textFixture(name: string): string {
  return readFileSync(dir + name, 'utf8');
}

export function submissions(captures: Capture[]): Submission[] {
  return captures.filter((c): c is Submission => c.kind === 'submission');
}

export function raws(captures: Capture[]): RawCapture[] {
  return captures.filter((c): c is RawCapture => c.kind === 'raw');
}

/** The secrets planted in the fixtures: none may survive decoding. */
export const FIXTURE_SECRETS = [
  'EAABsbCS1iHgBAFakeAdsManagerSessionToken7ZDZD',
  'EAABsbCS1iHgBAFakeAdsManagerSessionTokenAZDZD',
  'NAcFakeDtsgToken',
  'AVqFakeLsdTokenAbc',
  '25873',
  'c_user=100012345678901',
];

export function hook(partial: Partial<HookRequest>): HookRequest {
  return {
    transport: 'fetch',
    method: 'POST',
    url: 'https://adsmanager-graph.facebook.com/v22.0/act_1/adsets',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: null,
    bodyType: 'string',
    response: null,
    failure: null,
    startedAt: 0,
    ...partial,
  };
}
