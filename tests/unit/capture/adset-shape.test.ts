import { describe, it, expect } from 'vitest';
import { isAdsetLike } from '../../../lib/capture';
import { findAdsetObjects } from '../../../lib/capture/adset-shape';

describe('isAdsetLike', () => {
  const table: Array<[string, unknown, boolean]> = [
    ['two core fields', { optimization_goal: 'REACH', billing_event: 'IMPRESSIONS' }, true],
    ['campaign_id + targeting', { campaign_id: '1', targeting: {} }, true],
    ['promoted_object + destination_type', { promoted_object: {}, destination_type: 'WHATSAPP' }, true],
    ['one core field + two hints', { targeting: {}, daily_budget: '1', bid_strategy: 'X' }, true],
    ['one core field + one hint', { targeting: {}, daily_budget: '1' }, false],
    ['one core field alone', { optimization_goal: 'REACH' }, false],
    ['a campaign: promoted_object + budgets + objective', { promoted_object: {}, daily_budget: '1', bid_strategy: 'X', objective: 'OUTCOME_SALES' }, false],
    ['hints only', { daily_budget: '1', bid_strategy: 'X', start_time: 't' }, false],
    ['an ad', { name: 'ad', adset_id: '1', creative: { creative_id: '2' } }, false],
    ['an array', [{ optimization_goal: 'A', billing_event: 'B' }], false],
    ['null', null, false],
    ['a string', 'optimization_goal,billing_event', false],
  ];
  it.each(table)('%s → %s', (_name, value, expected) => {
    expect(isAdsetLike(value)).toBe(expected);
  });
});

describe('findAdsetObjects', () => {
  it('finds outermost ad sets only, shallowest first, with readable paths', () => {
    const root = {
      input: { adset_spec: { optimization_goal: 'A', billing_event: 'B', targeting: { optimization_goal: 'X', billing_event: 'Y' } } },
      list: [{ campaign_id: '1', targeting: {} }],
      'odd key': { campaign_id: '1', targeting: {} },
    };
    expect(findAdsetObjects(root, 'variables').map((f) => f.location)).toEqual([
      'variables["odd key"]',
      'variables.input.adset_spec',
      'variables.list[0]',
    ]);
  });

  it('respects the depth bound', () => {
    let node: unknown = { optimization_goal: 'A', billing_event: 'B' };
    for (let i = 0; i < 30; i++) node = { next: node };
    expect(findAdsetObjects(node, 'v')).toEqual([]);
  });

  it('caps the number of results', () => {
    const many = Array.from({ length: 500 }, () => ({ optimization_goal: 'A', billing_event: 'B' }));
    expect(findAdsetObjects(many, 'body')).toHaveLength(50);
  });
});
