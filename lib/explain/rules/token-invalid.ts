import { text } from '../../i18n/text';
import type { Evidence } from '../../model';
import { DOCS } from '../docs';
import { failureEvidence } from '../evidence';
import { makeFinding } from '../make-finding';
import { allFailures } from '../rule-context';
import type { Rule } from './rule';

/**
 * `token-invalid`: Graph refuses the token (190 / 102; subcodes 458/459/460/463/464/467/492 say why — the graph
 * failure message names the subcode's meaning), `debug_token` says `is_valid: false`, or it expired before now.
 */
export const tokenInvalid: Rule = (ctx) => {
  const facts = ctx.facts;
  if (!facts) return null;
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const { failure, source } of allFailures(facts)) {
    if (failure.kind !== 'token') continue;
    const key = `${failure.code}/${failure.subcode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(failureEvidence(failure, source));
  }
  if (facts.token?.ok) {
    const t = facts.token.value;
    if (t.is_valid === false) {
      const e = t.error;
      evidence.push({ fact: text('explain_ev_token_valid'), value: `is_valid=false${e?.code ? ` (${e.code}${e.subcode ? `/${e.subcode}` : ''})` : ''}${e?.message ? ` ${e.message}` : ''}`, source: facts.token.source });
    }
    if (typeof t.expires_at === 'number' && t.expires_at > 0 && t.expires_at * 1000 < ctx.now) {
      evidence.push({ fact: text('explain_ev_token_expires'), value: new Date(t.expires_at * 1000).toISOString(), source: facts.token.source });
    }
  }
  const docs = [DOCS.errorHandling, DOCS.debugToken];
  if (evidence.length) {
    return makeFinding('token-invalid', 'cause', {
      detail: text('explain_token_invalid_detail'),
      evidence,
      fix: [text('explain_fix_new_token'), text('explain_fix_long_lived_token'), text('explain_fix_debug_token')],
      docs,
    });
  }
  if (facts.identity?.ok) {
    return makeFinding('token-invalid', 'ruled_out', {
      detail: text('explain_token_valid', facts.identity.value.id),
      evidence: [{ fact: text('explain_ev_identity'), value: `${facts.identity.value.id}${facts.identity.value.name ? ` (${facts.identity.value.name})` : ''}`, source: facts.identity.source }],
    });
  }
  return null;
};
