import { text } from '../../i18n/text';
import { firstTargetedCountry, type Evidence } from '../../model';
import { normalizePhone } from '../../phone';
import { DOCS } from '../docs';
import { diffEvidence, diffEvidenceFor, knownErrorEvidence, present, proofEvidence, validationEvidence } from '../evidence';
import { errorLabel } from '../known-errors';
import { changeSteps, makeFinding } from '../make-finding';
import { fixesFor } from '../proven-fixes';
import { apiValidation, codesOf, pageField, promotedObject } from '../rule-context';
import type { Rule } from './rule';

interface OtherNumber {
  e164: string | null;
  evidence: Evidence;
  /** A list of numbers of which any one may match (the UI's records, the discovered WABAs' numbers). */
  group?: 'ui_records' | 'waba';
}

/**
 * `phone-mismatch`: the WhatsApp number of the API request differs, after E.164 normalisation, from the number
 * the UI sent or the Page's connected number (`+77006353580`, `77006353580` and `8 700 635 3580` are one number).
 */
export const phoneMismatch: Rule = (ctx) => {
  const raw = promotedObject(ctx.api.request)?.['whatsapp_phone_number'];
  if (raw === undefined || raw === null || raw === '') return null;
  const country = firstTargetedCountry(decodeTargeting(ctx.api.request.fields['targeting']));
  const apiNumber = normalizePhone(raw, country).e164;
  const api = apiValidation(ctx);
  const apiEvidence: Evidence = { fact: text('explain_ev_api_number'), value: `${String(raw)} → ${apiNumber ?? '?'}`, source: 'api:promoted_object.whatsapp_phone_number' };

  const fixes = fixesFor(ctx, 'phone-mismatch');
  if (fixes.length && api) {
    const best = fixes[0]!;
    return makeFinding('phone-mismatch', 'cause', {
      detail: text('explain_phone_mismatch_proven', errorLabel(codesOf(api))),
      evidence: present([
        apiEvidence,
        ...diffEvidenceFor(ctx, best.changes),
        ...proofEvidence(api, best.validation),
      ]),
      fix: [...changeSteps(best.changes), text('explain_fix_revalidate')],
      docs: [DOCS.promotedObject, DOCS.clickToWhatsApp],
      minimalFix: best.changes,
    });
  }

  const others: OtherNumber[] = [];
  const uiEntry = ctx.diff?.entries.find((e) => e.path === 'promoted_object.whatsapp_phone_number');
  if (uiEntry && uiEntry.kind !== 'only_api') others.push({ e164: uiEntry.e164?.ui ?? normalizePhone(uiEntry.ui, country).e164, evidence: diffEvidence(uiEntry) });
  const page = pageField(ctx, 'whatsapp_number');
  if (page && (typeof page.value === 'string' || typeof page.value === 'number')) {
    const e164 = normalizePhone(page.value, country).e164;
    others.push({ e164, evidence: { fact: text('explain_ev_page_field', 'whatsapp_number'), value: `${String(page.value)} → ${e164 ?? '?'}`, source: page.source } });
  }
  for (const n of ctx.ui?.response?.whatsappNumbers ?? []) {
    const shown = n.whatsapp_number ?? n.formatted_whatsapp_number;
    if (!shown) continue;
    const e164 = normalizePhone(shown, country).e164;
    others.push({ e164, group: 'ui_records', evidence: { fact: text('explain_ev_ui_number_record'), value: `${shown} → ${e164 ?? '?'}`, source: 'ui:response.whatsapp_numbers' } });
  }
  // The numbers of the WhatsApp Business accounts found through the businesses (same batch, batch dependencies).
  for (const w of ctx.facts?.wabaDiscovery?.accounts ?? []) {
    for (const n of w.phoneNumbers ?? []) {
      if (!n.display_phone_number || !w.phoneNumbersSource) continue;
      const e164 = normalizePhone(n.display_phone_number, country).e164;
      others.push({
        e164,
        group: 'waba',
        evidence: { fact: text('explain_ev_waba_number', w.id), value: `${n.display_phone_number} → ${e164 ?? '?'} (id ${n.id})`, source: w.phoneNumbersSource },
      });
    }
  }
  const comparable = others.filter((o) => o.e164 !== null);
  if (!comparable.length || apiNumber === null) {
    return api && !api.ok
      ? makeFinding('phone-mismatch', 'unknown', { detail: text('explain_phone_mismatch_unreadable'), evidence: [apiEvidence, ...others.map((o) => o.evidence)], fix: [text('explain_fix_check_number_by_hand')] })
      : null;
  }
  // Any record matching is enough for the UI's records (a Page may have several); the UI's own number and the
  // Page's connected number must match exactly.
  const differing = comparable.filter((o) => o.e164 !== apiNumber);
  const mismatched = differing.filter((o) => !o.group || !comparable.some((r) => r.group === o.group && r.e164 === apiNumber));
  if (!mismatched.length) {
    return makeFinding('phone-mismatch', 'ruled_out', { detail: text('explain_phone_mismatch_same', apiNumber), evidence: [apiEvidence, ...comparable.map((o) => o.evidence)] });
  }
  if (api?.ok) {
    return makeFinding('phone-mismatch', 'ruled_out', {
      detail: text('explain_phone_mismatch_not_blocking'),
      evidence: [apiEvidence, ...mismatched.map((o) => o.evidence), validationEvidence(api)],
    });
  }
  return makeFinding('phone-mismatch', 'likely', {
    detail: text('explain_phone_mismatch_likely', apiNumber, mismatched.map((o) => o.e164!).join(', ')),
    evidence: present([apiEvidence, ...mismatched.map((o) => o.evidence), api && validationEvidence(api), knownErrorEvidence(api)]),
    fix: [text('explain_fix_use_page_number', mismatched[0]!.e164!), text('explain_fix_revalidate')],
    docs: [DOCS.promotedObject, DOCS.issue1487246],
  });
};

function decodeTargeting(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
}
