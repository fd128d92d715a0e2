import type { AdLevel, CapturedResponse, Identifiers } from '../model';
import { isRecord, scalarString } from './own';
import { findFirstAtKeys, walk } from './walk';

/** Names under which requests carry a WhatsApp Business Account id. */
const WABA_KEYS: readonly string[] = ['whatsapp_business_account_id', 'whats_app_business_account_id', 'waba_id'];

/**
 * The identifiers a person looks for first, from the decoded fields and what the answer revealed. An ad set's are
 * the WhatsApp ones of its `promoted_object`; the other levels add their own (`level` absent = an ad set).
 */
export function identifiersOf(
  adAccountId: string | null,
  fields: Record<string, unknown>,
  response: CapturedResponse | null,
  level?: AdLevel,
): Identifiers {
  const po = isRecord(fields.promoted_object) ? fields.promoted_object : {};
  const base = {
    adAccountId,
    campaignId: scalarString(fields.campaign_id),
    pageId: scalarString(po.page_id),
    whatsappPhoneNumber: scalarString(po.whatsapp_phone_number),
    whatsappBusinessPhoneNumberId: scalarString(po.whats_app_business_phone_number_id),
    wabaId: wabaIdIn(fields) ?? wabaIdInNumbers(response),
  };
  if (level === 'campaign') {
    const categories = Array.isArray(fields.special_ad_categories) ? fields.special_ad_categories.map(scalarString).filter((c): c is string => c !== null) : null;
    return { ...base, objective: scalarString(fields.objective), specialAdCategories: categories };
  }
  if (level === 'ad') {
    const creative = isRecord(fields.creative) ? fields.creative : {};
    return { ...base, adsetId: scalarString(fields.adset_id), creativeId: scalarString(creative.creative_id) ?? scalarString(creative.id) };
  }
  if (level === 'creative') return { ...base, ...creativeIdentifiers(fields, response) };
  return base;
}

/**
 * A creative's identity: the Page of its `object_story_spec`, the Instagram identity (`instagram_actor_id` is the
 * older name, `instagram_user_id` the newer; either may sit on the creative or in `object_story_spec`), the
 * call-to-action (a CTWA one is `{type: WHATSAPP_MESSAGE, value: {app_destination: WHATSAPP}}`, in `link_data`,
 * `video_data` or …: found wherever it sits) and whether a welcome message is set.
 */
function creativeIdentifiers(fields: Record<string, unknown>, response: CapturedResponse | null): Partial<Identifiers> {
  const story = isRecord(fields.object_story_spec) ? fields.object_story_spec : {};
  const action = firstRecordAt(fields, 'call_to_action') ?? {};
  const value = isRecord(action.value) ? action.value : {};
  return {
    pageId: scalarString(story.page_id),
    creativeId: response?.error ? null : (response?.createdIds[0] ?? null),
    instagramActorId: scalarString(fields.instagram_actor_id) ?? scalarString(story.instagram_actor_id),
    instagramUserId: scalarString(fields.instagram_user_id) ?? scalarString(story.instagram_user_id),
    callToActionType: scalarString(action.type),
    appDestination: scalarString(value.app_destination),
    hasWelcomeMessage: findFirstAtKeys(fields, ['page_welcome_message'], (v) => (v === undefined || v === null || v === '' ? null : 'yes')) !== null,
  };
}

function wabaIdIn(fields: Record<string, unknown>): string | null {
  return findFirstAtKeys(fields, WABA_KEYS, scalarString);
}

function wabaIdInNumbers(response: CapturedResponse | null): string | null {
  for (const n of response?.whatsappNumbers ?? []) {
    const v = scalarString(n.waba_id);
    if (v) return v;
  }
  return null;
}

/** The first object under `key` anywhere below `root` (breadth-first, bounded like findFirstAtKeys). */
function firstRecordAt(root: unknown, key: string): Record<string, unknown> | null {
  let found: Record<string, unknown> | null = null;
  walk(
    root,
    (node) => {
      if (found) return false;
      if (!isRecord(node)) return true;
      const v = node[key];
      if (isRecord(v)) {
        found = v;
        return false;
      }
      return true;
    },
    { maxDepth: 8, maxNodes: 2_000 },
  );
  return found;
}
