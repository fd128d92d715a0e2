import { describe, expect, it } from 'vitest';
import { classifyGraphError, readAnswer } from '../../../lib/graph';
import { format } from '../../../lib/i18n';

describe('classifyGraphError: by code and subcode, never by text', () => {
  it.each([
    [190, undefined, 'token', 'graph_failure_token'],
    [190, 458, 'token', 'graph_failure_token_458'],
    [190, 459, 'token', 'graph_failure_token_459'],
    [190, 460, 'token', 'graph_failure_token_460'],
    [190, 463, 'token', 'graph_failure_token_463'],
    [190, 464, 'token', 'graph_failure_token_464'],
    [190, 467, 'token', 'graph_failure_token_467'],
    [190, 492, 'token', 'graph_failure_token_492'],
    [190, 999, 'token', 'graph_failure_token'],
    [10, undefined, 'permission', 'graph_failure_permission'],
    [200, undefined, 'permission', 'graph_failure_permission'],
    [294, undefined, 'permission', 'graph_failure_permission'],
    [299, undefined, 'permission', 'graph_failure_permission'],
    [4, undefined, 'rate_limit', 'graph_failure_rate_limit'],
    [17, 2446079, 'rate_limit', 'graph_failure_rate_limit'],
    [32, undefined, 'rate_limit', 'graph_failure_rate_limit'],
    [613, 1487742, 'rate_limit', 'graph_failure_rate_limit'],
    [80000, undefined, 'rate_limit', 'graph_failure_rate_limit'],
    [80004, undefined, 'rate_limit', 'graph_failure_rate_limit'],
    [80014, undefined, 'rate_limit', 'graph_failure_rate_limit'],
    [2635, undefined, 'version', 'graph_failure_version'],
    [100, 33, 'not_found', 'graph_failure_not_found'],
    [803, undefined, 'not_found', 'graph_failure_not_found'],
    [100, 2446885, 'invalid_param', 'graph_failure_invalid_param'],
    [100, undefined, 'invalid_param', 'graph_failure_invalid_param'],
    [2, undefined, 'server', 'graph_failure_server_error'],
    [368, 1404078, 'unknown', 'graph_failure_unknown'],
    [80015, undefined, 'unknown', 'graph_failure_unknown'],
    [300, undefined, 'unknown', 'graph_failure_unknown'],
  ] as const)('code %s / subcode %s → %s', (code, subcode, kind, key) => {
    const f = classifyGraphError({ code, error_subcode: subcode, message: 'Недопустимый параметр', fbtrace_id: 'T1' });
    expect(f.kind).toBe(kind);
    expect(f.message.key).toBe(key);
    expect(f.code).toBe(code);
    expect(f.subcode).toBe(subcode);
    expect(f.fbtraceId).toBe('T1');
    expect(f.graphError?.code).toBe(code);
  });

  it('the same code with a different (localised) message classifies the same', () => {
    const en = classifyGraphError({ code: 190, error_subcode: 463, message: 'Session has expired' });
    const ru = classifyGraphError({ code: 190, error_subcode: 463, message: 'Срок действия сеанса истёк' });
    expect(en.kind).toBe(ru.kind);
    expect(en.message).toEqual(ru.message);
  });

  it('unknown codes on a 5xx or marked transient are server-side', () => {
    expect(classifyGraphError({ code: 12345 }, { httpStatus: 503 }).kind).toBe('server');
    expect(classifyGraphError({ code: 12345, is_transient: true }).kind).toBe('server');
  });

  it('every message and action renders in en and ru', () => {
    for (const code of [190, 10, 17, 2635, 100, 2, 1234]) {
      const f = classifyGraphError({ code, error_subcode: code === 190 ? 463 : undefined });
      for (const locale of ['en', 'ru'] as const) {
        expect(format(f.message, locale)).not.toBe(f.message.key);
        expect(format(f.action, locale)).not.toBe(f.action.key);
      }
    }
    expect(format(classifyGraphError({ code: 190, error_subcode: 463 }).message, 'ru')).toContain('190/463');
  });
});

describe('rate limits: when to retry, from the usage headers', () => {
  it('x-business-use-case-usage estimated_time_to_regain_access is in minutes', () => {
    const f = classifyGraphError(
      { code: 17, error_subcode: 2446079 },
      {
        headers: {
          'x-business-use-case-usage': JSON.stringify({ '123': [{ type: 'ads_management', call_count: 100, estimated_time_to_regain_access: 7 }] }),
        },
      },
    );
    expect(f.retryAfterSeconds).toBe(420);
    expect(f.action).toEqual({ key: 'graph_action_rate_limit_wait', subs: ['7'] });
  });

  it('x-ad-account-usage reset_time_duration is in seconds; the longest wait wins', () => {
    const f = classifyGraphError(
      { code: 80004 },
      {
        headers: {
          'x-ad-account-usage': JSON.stringify({ acc_id_util_pct: 100, reset_time_duration: 900, ads_api_access_tier: 'standard_access' }),
          'x-business-use-case-usage': JSON.stringify({ '1': [{ estimated_time_to_regain_access: 2 }] }),
        },
      },
    );
    expect(f.retryAfterSeconds).toBe(900);
  });

  it('without usage (or with x-app-usage only) there is no number, and the action says to back off', () => {
    const f = classifyGraphError({ code: 4 }, { headers: { 'x-app-usage': '{"call_count":100,"total_cputime":20,"total_time":30}' } });
    expect(f.retryAfterSeconds).toBeUndefined();
    expect(f.action.key).toBe('graph_action_rate_limit');
    expect(classifyGraphError({ code: 32 }, { headers: { 'x-business-use-case-usage': 'not json' } }).retryAfterSeconds).toBeUndefined();
  });
});

describe('readAnswer', () => {
  it.each([
    [200, '{"id":"1"}', true, undefined],
    [400, '{"error":{"code":100,"error_subcode":33}}', false, 'not_found'],
    [200, '<!DOCTYPE html><html><body>Sorry, something went wrong.</body></html>', false, 'non_json'],
    [403, '<html>Forbidden by proxy</html>', false, 'non_json'],
    [502, '<html><h1>502 Bad Gateway</h1></html>', false, 'server'],
    [500, '{"ok":false}', false, 'server'],
    [500, '{"error":{"code":2,"message":"Service temporarily unavailable","is_transient":true}}', false, 'server'],
    [404, '{"nope":1}', false, 'unknown'],
    [200, '', false, 'non_json'],
  ] as const)('HTTP %s %s', (status, body, ok, kind) => {
    const r = readAnswer(status, body);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.failure.kind).toBe(kind);
      expect(r.failure.httpStatus).toBe(status);
    }
  });
});
