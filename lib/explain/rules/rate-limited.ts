import { text } from '../../i18n/text';
import { DOCS } from '../docs';
import { failureEvidence } from '../evidence';
import { makeFinding } from '../make-finding';
import { allFailures, apiValidation } from '../rule-context';
import type { Rule } from './rule';

/**
 * `rate-limited`: Graph answered a rate-limit code (4, 17, 32, 613, 80000–80014). It blocks the diagnosis when the
 * batch itself or the API request's validation hit it; otherwise only some reads were lost. Retry after the time the
 * usage headers name (`estimated_time_to_regain_access`), else back off.
 */
export const rateLimited: Rule = (ctx) => {
  const facts = ctx.facts;
  if (!facts) return null;
  const hits = allFailures(facts).filter((f) => f.failure.kind === 'rate_limit');
  if (!hits.length) return null;
  const api = apiValidation(ctx);
  const blocking = facts.batchErrors.some((f) => f.kind === 'rate_limit') || api?.failure?.kind === 'rate_limit';
  const waits = hits.map((h) => h.failure.retryAfterSeconds).filter((s): s is number => typeof s === 'number');
  const wait = waits.length ? Math.max(...waits) : undefined;
  const seen = new Set<string>();
  const evidence = hits
    .filter((h) => {
      const k = `${h.failure.code}/${h.failure.subcode}/${typeof h.source === 'string' ? h.source : h.source.itemId}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, 6)
    .map((h) => failureEvidence(h.failure, h.source));
  if (wait !== undefined) evidence.push({ fact: text('explain_ev_retry_after'), value: `${Math.ceil(wait / 60)} min`, source: 'graph:usage-headers' });
  return makeFinding('rate-limited', blocking ? 'cause' : 'unknown', {
    detail: text(blocking ? 'explain_rate_limited_detail' : 'explain_rate_limited_partial'),
    evidence,
    fix: [wait !== undefined ? text('explain_fix_rate_wait', Math.max(1, Math.ceil(wait / 60))) : text('explain_fix_rate_backoff'), text('explain_fix_rate_batch')],
    docs: [DOCS.rateLimiting, DOCS.graphRateLimiting],
  });
};
