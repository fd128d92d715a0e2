import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AD_LEVELS, LEVEL_EDGE, levelOf, type AdsetRequest } from '../../../lib/model';
import { parseApiRequest, toCurl } from '../../../lib/request';
import { levelOfFields, levelOfPath } from '../../../lib/request/request-level';

describe('the level of a request, as properties', () => {
  it('levelOfPath and levelOfFields never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue(), { maxKeys: 8 }), (path, fields) => {
        const a = levelOfPath(path);
        const b = levelOfFields(fields);
        expect(a === null || AD_LEVELS.includes(a)).toBe(true);
        expect(b === null || AD_LEVELS.includes(b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('any host, version and account: the edge names the level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('https://graph.facebook.com', 'https://adsmanager-graph.facebook.com', ''),
        fc.option(fc.integer({ min: 2, max: 30 }).map((v) => `v${v}.0`), { nil: null }),
        fc.bigInt({ min: 1n, max: 10n ** 18n }),
        fc.constantFrom(...AD_LEVELS),
        fc.boolean(),
        (host, version, account, level, slash) => {
          const path = `${host}${version ? `/${version}` : ''}/act_${account}/${LEVEL_EDGE[level]}${slash ? '/' : ''}`;
          expect(levelOfPath(path)).toBe(level);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('toCurl → parseApiRequest keeps the level, whatever the fields say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AD_LEVELS),
        fc.dictionary(fc.constantFrom('name', 'status', 'objective', 'adset_id', 'optimization_goal', 'custom'), fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/^\s*[[{]/.test(s)), { minKeys: 1, maxKeys: 4 }),
        (level, fields) => {
          const req: AdsetRequest = { apiVersion: 'v22.0', adAccountId: '1', method: 'POST', host: 'graph.facebook.com', fields, transport: {}, ...(level !== 'adset' ? { level } : {}) };
          const back = parseApiRequest(toCurl(req));
          expect(back.ok).toBe(true);
          if (back.ok) expect(levelOf(back.request)).toBe(level);
        },
      ),
      { numRuns: 300 },
    );
  });
});
