import { text } from '../../i18n/text';
import type { Evidence, Finding } from '../../model';
import { DOCS } from '../docs';
import { failureEvidence, knownErrorEvidence, present, validationEvidence } from '../evidence';
import { makeFinding } from '../make-finding';
import type { RuleContext } from '../rule-context';
import { apiValidation } from '../rule-context';

/**
 * `unknown`: no rule proved a cause or found a likely one, and the request does not pass. An honest answer: say
 * what was checked and ruled out, what could not be checked, and what to check by hand (with the fbtrace_ids
 * support asks for). Runs after the other rules because it summarises them.
 */
export function unknownFinding(ctx: RuleContext, findings: readonly Finding[]): Finding | null {
  if (findings.some((f) => f.verdict === 'cause' || f.verdict === 'likely')) return null;
  const api = apiValidation(ctx);
  if (api?.ok) return null;
  const facts = ctx.facts;
  const evidence: Evidence[] = present([api && validationEvidence(api), knownErrorEvidence(api)]);
  for (const f of facts?.batchErrors ?? []) evidence.push(failureEvidence(f, 'graph:batch'));
  for (const f of findings) {
    if (f.verdict === 'ruled_out') evidence.push({ fact: f.title, value: 'ruled out', source: `finding:${f.id}` });
    if (f.verdict === 'unknown') evidence.push({ fact: f.title, value: 'not checked', source: `finding:${f.id}` });
  }
  if (facts?.fbtraceIds.length) evidence.push({ fact: text('explain_ev_fbtrace_ids'), value: facts.fbtraceIds.join(', '), source: 'graph:fbtrace_id' });
  let detail = text('explain_unknown_detail');
  if (!facts) detail = text('explain_unknown_no_facts');
  else if (facts.batchErrors.some((f) => f.kind === 'network' || f.kind === 'timeout')) detail = text('explain_unknown_network');
  const fix = [
    ...(facts?.batchErrors.some((f) => f.kind === 'network' || f.kind === 'timeout') ? [text('explain_fix_network')] : []),
    ...(ctx.ui ? [] : [text('explain_fix_capture_ui')]),
    text('explain_fix_manual_page'),
    text('explain_fix_manual_waba'),
    text('explain_fix_support', facts?.fbtraceIds.join(', ') || '—'),
  ];
  return makeFinding('unknown', 'unknown', { detail, evidence, fix, docs: [DOCS.errorHandling, DOCS.clickToWhatsApp] });
}
