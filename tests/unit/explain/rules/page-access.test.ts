import { describe, expect, it } from 'vitest';
import { pageAccess } from '../../../../lib/explain/rules';
import { ctx, facts, failure, GRANTED, PAGE, pageFact, run, src } from '../context';

const token = (targets: string[] | undefined) => ({ ok: true as const, source: src('debug_token'), value: { scopes: GRANTED, granular_scopes: [{ scope: 'pages_manage_ads', ...(targets ? { target_ids: targets } : {}) }] } });
const unreadable = pageFact({}, [{ source: src('page'), fields: ['id', 'name'], failure: failure('not_found', 100, 33) }]);

describe('page-access', () => {
  it.each([
    ['readable, granular covers the Page', token([PAGE]), undefined, [run('validate_api', false)], 'ruled_out'],
    ['granular scope without targets (all Pages)', token(undefined), undefined, [run('validate_api', false)], 'ruled_out'],
    ['granular excludes the Page, (#200)', token(['111']), undefined, [run('validate_api', false, { error: [200] })], 'cause'],
    ['granular excludes the Page, 2446885', token(['111']), undefined, [run('validate_api', false)], 'likely'],
    ['Page unreadable, 1487246', token([PAGE]), unreadable, [run('validate_api', false, { error: [100, 1487246] })], 'cause'],
    ['tasks without ADVERTISE', token([PAGE]), pageFact({ id: PAGE, tasks: ['ANALYZE'] }), [run('validate_api', false)], 'likely'],
    ['excluded but passes', token(['111']), undefined, [run('validate_api', true)], 'ruled_out'],
  ] as const)('%s → %s', (_name, t, page, validations, verdict) => {
    expect(pageAccess(ctx({ facts: facts({ token: t, ...(page ? { page } : {}), validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('no Page id → nothing to say', () => {
    expect(pageAccess(ctx({ facts: facts({ ids: { pageId: null, adAccountId: null, campaignId: null, wabaId: null } }) }))).toBeNull();
  });
});
