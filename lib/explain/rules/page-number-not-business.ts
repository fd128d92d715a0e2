import { text } from '../../i18n/text';
import type { Evidence } from '../../model';
import { DOCS } from '../docs';
import { failureEvidence, knownErrorEvidence, pageFieldEvidence, present, proofEvidence, twoPagesEvidence, uiResponseEvidence, validationEvidence } from '../evidence';
import { errorLabel, isError } from '../known-errors';
import { changeSteps, makeFinding } from '../make-finding';
import { fixesFor, provenFixes } from '../proven-fixes';
import { apiValidation, codesOf, pageField, pageFieldFailure, uiResponseCodes } from '../rule-context';
import type { Rule } from './rule';

/** Relinking the Page's WhatsApp number to a WhatsApp Business account, in the order Meta Business Suite needs. */
const RELINK_STEPS = [
  text('explain_fix_relink_1'),
  text('explain_fix_relink_2'),
  text('explain_fix_relink_3'),
  text('explain_fix_relink_4'),
  text('explain_fix_relink_5'),
];

/**
 * `page-number-not-business`: the Page's connected WhatsApp number is not a WhatsApp Business number
 * (`has_whatsapp_business_number` false, the field Ads Manager's own front-end reads), or there is none.
 * 2446885 names exactly this, but it is also answered for business numbers when the request lacks the phone-number
 * id (seed write-up) — so the flag, not the error text, decides, and a proven fix outranks it.
 */
export const pageNumberNotBusiness: Rule = (ctx) => {
  const proven = fixesFor(ctx, 'page-number-not-business');
  const apiRun = apiValidation(ctx);
  // Ads Manager's Page makes it pass, and the two Pages' WhatsApp fields (read in the same batch) say why.
  if (proven.length && apiRun && ctx.facts?.page && ctx.facts.uiPage) {
    const best = proven[0]!;
    return makeFinding('page-number-not-business', 'cause', {
      detail: text('explain_page_number_other_page', ctx.facts.page.id, ctx.facts.uiPage.id, errorLabel(codesOf(apiRun))),
      evidence: present([
        ...twoPagesEvidence(ctx, ['has_whatsapp_business_number', 'has_whatsapp_number', 'whatsapp_number']),
        ...proofEvidence(apiRun, best.validation),
      ]),
      fix: [...changeSteps(best.changes), ...RELINK_STEPS],
      docs: [DOCS.clickToWhatsApp, DOCS.promotedObject],
      minimalFix: best.changes,
    });
  }
  const business = pageField(ctx, 'has_whatsapp_business_number');
  const hasNumber = pageField(ctx, 'has_whatsapp_number');
  const api = apiValidation(ctx);
  const is2446885 = isError(codesOf(api), 100, 2446885) || isError(uiResponseCodes(ctx), 100, 2446885);
  const uiRecords: Evidence[] = (ctx.ui?.response?.whatsappNumbers ?? [])
    .filter((n) => n.is_business_number !== undefined)
    .map((n) => ({ fact: text('explain_ev_ui_number_business'), value: `${n.whatsapp_number ?? n.formatted_whatsapp_number ?? '?'}: is_business_number=${String(n.is_business_number)}`, source: 'ui:response.whatsapp_numbers' }));
  const facts = present([
    pageFieldEvidence(ctx, 'has_whatsapp_business_number'),
    pageFieldEvidence(ctx, 'has_whatsapp_number'),
    pageFieldEvidence(ctx, 'whatsapp_number'),
    ...uiRecords,
  ]);
  const noNumber = hasNumber?.value === false;
  const personal = business?.value === false || uiRecords.some((e) => e.value.endsWith('is_business_number=false'));

  if (noNumber || personal) {
    const detailKey = noNumber ? 'explain_page_number_none' : 'explain_page_number_personal';
    const evidence = present([...facts, api && validationEvidence(api), knownErrorEvidence(api), uiResponseEvidence(ctx)]);
    const docs = [DOCS.clickToWhatsApp, DOCS.promotedObject];
    if (api?.ok) return makeFinding('page-number-not-business', 'ruled_out', { detail: text('explain_page_number_not_blocking'), evidence, docs });
    // A validate_only change made it pass: the flag explains why the request without it fails, the fix is proven elsewhere.
    const verdict = provenFixes(ctx).length ? 'likely' : is2446885 ? 'cause' : 'likely';
    return makeFinding('page-number-not-business', verdict, { detail: text(detailKey), evidence, fix: RELINK_STEPS, docs });
  }
  if (business?.value === true) {
    return makeFinding('page-number-not-business', 'ruled_out', { detail: text('explain_page_number_business'), evidence: facts });
  }
  // The flag could not be read: say so when the error points at it, with the steps to check by hand.
  if (api && !api.ok && (is2446885 || ctx.facts?.page)) {
    const failed = pageFieldFailure(ctx, 'has_whatsapp_business_number');
    return makeFinding('page-number-not-business', 'unknown', {
      detail: text('explain_page_number_unread'),
      evidence: present([failed && failureEvidence(failed.failure, failed.source), validationEvidence(api), knownErrorEvidence(api)]),
      fix: [text('explain_fix_check_page_flag'), ...RELINK_STEPS],
      docs: [DOCS.clickToWhatsApp],
    });
  }
  return null;
};
