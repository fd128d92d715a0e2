import { describe, expect, it } from 'vitest';
import { checkObjective, OBJECTIVE_COMPAT } from '../../../../lib/explain';
import { objectiveMismatch } from '../../../../lib/explain/rules';
import { ctx, facts, replace, request, run, src } from '../context';

const campaign = (objective: string) => ({ id: 'c', fields: { objective }, sources: { objective: src('campaign', 'objective') }, missing: [], errors: [] });

describe('objective-mismatch', () => {
  it.each([
    ['OUTCOME_TRAFFIC + CONVERSATIONS + WHATSAPP (seed user A)', 'OUTCOME_TRAFFIC', 'CONVERSATIONS', [run('validate_api', false)], 'ruled_out'],
    ['OUTCOME_ENGAGEMENT + CONVERSATIONS', 'OUTCOME_ENGAGEMENT', 'CONVERSATIONS', [run('validate_api', false)], 'ruled_out'],
    ['OUTCOME_AWARENESS + CONVERSATIONS', 'OUTCOME_AWARENESS', 'CONVERSATIONS', [run('validate_api', false, { error: [100] })], 'likely'],
    ['OUTCOME_TRAFFIC + REACH', 'OUTCOME_TRAFFIC', 'REACH', [run('validate_api', false)], 'likely'],
    ['table says no, Graph accepts: the table is behind', 'OUTCOME_TRAFFIC', 'REACH', [run('validate_api', true)], 'ruled_out'],
    ['UI optimization goal proven by validate_only', 'OUTCOME_TRAFFIC', 'REACH', [run('validate_api', false), run('v', true, { changes: [replace('optimization_goal', 'CONVERSATIONS')] })], 'cause'],
  ] as const)('%s → %s', (_name, objective, goal, validations, verdict) => {
    const f = objectiveMismatch(ctx({ api: request(undefined, { optimization_goal: goal }), facts: facts({ campaign: campaign(objective), validations: [...validations] }) }));
    expect(f?.verdict).toBe(verdict);
  });

  it('not a WhatsApp destination, or an objective the table does not know → nothing to say', () => {
    expect(objectiveMismatch(ctx({ api: request(undefined, { destination_type: 'WEBSITE' }) }))).toBeNull();
    expect(objectiveMismatch(ctx({ facts: facts({ campaign: campaign('SOMETHING_NEW') }) }))).toBeNull();
  });

  it('the table is data with sources', () => {
    for (const row of OBJECTIVE_COMPAT) expect(row.sources.length).toBeGreaterThan(0);
    expect(checkObjective('outcome_engagement', 'conversations', 'whatsapp')).toMatchObject({ known: true, ok: true });
    expect(checkObjective('OUTCOME_SALES', 'CONVERSATIONS', 'WEBSITE')).toEqual({ known: false });
  });
});
