import { z } from 'zod';
import { AdLevelSchema } from './ad-level-schema';
import { AdsetRequestSchema } from './adset-request';
import { GraphErrorSchema } from './graph-error';

/** How an ad set submission was encoded by the UI. */
export const SubmissionEncodingSchema = z.enum(['form', 'json', 'batch', 'draft_fragment', 'graphql']);
export type SubmissionEncoding = z.infer<typeof SubmissionEncodingSchema>;

/**
 * A per-Page WhatsApp number record as Ads Manager sees it (shaped like the SDK's `CTWAWhatsAppNumbersInfo`).
 * When a captured UI response carries such records they are facts the UI saw.
 */
export const WhatsAppNumberInfoSchema = z
  .object({
    whatsapp_number: z.string().optional(),
    formatted_whatsapp_number: z.string().optional(),
    number_country_prefix: z.union([z.string(), z.number()]).optional(),
    page_whatsapp_number_id: z.string().optional(),
    waba_id: z.string().optional(),
    is_business_number: z.boolean().optional(),
    whatsapp_smb_device: z.string().optional(),
    can_manage_wa_flows: z.boolean().optional(),
    is_calling_enabled: z.boolean().optional(),
  })
  .passthrough();
export type WhatsAppNumberInfo = z.infer<typeof WhatsAppNumberInfoSchema>;

/** What the UI got back for a request: status, the (capped) JSON body and what we could read from it. */
export const CapturedResponseSchema = z.object({
  status: z.number().int(),
  /** Parsed JSON body (secrets redacted), or the text cut to the cap when it was not JSON. */
  body: z.unknown().optional(),
  truncated: z.boolean().default(false),
  error: GraphErrorSchema.nullable().default(null),
  /** Ids of objects the answer created (`{"id": …}`), e.g. the new ad set. */
  createdIds: z.array(z.string()).default([]),
  fbtraceIds: z.array(z.string()).default([]),
  whatsappNumbers: z.array(WhatsAppNumberInfoSchema).default([]),
});
export type CapturedResponse = z.infer<typeof CapturedResponseSchema>;

/** The identifiers a person looks for first, pulled out of the submission for the list view and the Graph plan. */
export const IdentifiersSchema = z.object({
  adAccountId: z.string().nullable().default(null),
  campaignId: z.string().nullable().default(null),
  pageId: z.string().nullable().default(null),
  whatsappPhoneNumber: z.string().nullable().default(null),
  /** `promoted_object.whats_app_business_phone_number_id` — a WABA phone-number id, not a phone number. */
  whatsappBusinessPhoneNumberId: z.string().nullable().default(null),
  /** A WhatsApp Business Account id when the UI revealed one (response records, request fields). */
  wabaId: z.string().nullable().default(null),
  // The other levels' identifiers. Optional: ad set captures (and captures stored before levels existed) have none.
  /** Campaign: `objective`. */
  objective: z.string().nullable().optional(),
  /** Campaign: `special_ad_categories` (`[]` is a real answer: none). */
  specialAdCategories: z.array(z.string()).nullable().optional(),
  /** Ad: the ad set it goes under (`adset_id`). */
  adsetId: z.string().nullable().optional(),
  /** Ad: the creative it shows by id (`creative={"creative_id":…}`); creative: its id once created. */
  creativeId: z.string().nullable().optional(),
  /** Creative: `instagram_actor_id` (older) or `instagram_user_id` (newer), wherever the spec holds it. */
  instagramActorId: z.string().nullable().optional(),
  instagramUserId: z.string().nullable().optional(),
  /** Creative: the call-to-action type (`WHATSAPP_MESSAGE`) and its `value.app_destination` (`WHATSAPP`). */
  callToActionType: z.string().nullable().optional(),
  appDestination: z.string().nullable().optional(),
  /** Creative: whether a `page_welcome_message` is set (its text is content, not an identifier). */
  hasWelcomeMessage: z.boolean().optional(),
});
export type Identifiers = z.infer<typeof IdentifiersSchema>;

/**
 * What a draft-fragment call did (Ads Manager's `AdsDraftFragmentDataManager`): `create` = `{draft}/addraft_fragments`,
 * `update` = `POST /{fragment_id}`, `multi` = `{draft}/addraft_multi_fragments` (one ad set of `campaign_values`),
 * `quick_create` = `{draft}/quick_create_fragments` (its `ad_set` level), `create_and_publish` =
 * `{draft}/addraft_fragments_with_publish`.
 */
export const DraftOperationSchema = z.enum(['create', 'update', 'multi', 'quick_create', 'create_and_publish']);
export type DraftOperation = z.infer<typeof DraftOperationSchema>;

/** How a draft publish ended for one fragment, as far as the answer says. */
export const FragmentOutcomeSchema = z.object({
  fragmentId: z.string().nullable(),
  status: z.enum(['published', 'failed', 'in_progress']),
  /** The status text Meta gave (`IN_PROGRESS`, …), null when none. */
  rawStatus: z.string().nullable(),
  /** The object's id once published. */
  adObjectId: z.string().nullable(),
  error: GraphErrorSchema.nullable(),
});
export type FragmentOutcome = z.infer<typeof FragmentOutcomeSchema>;

/** Where a draft fragment submission belongs: the draft, the fragment and the object (ad set, campaign, ad) it becomes. */
export const DraftRefSchema = z.object({
  draftId: z.string().nullable(),
  /**
   * `parent_ad_object_id`: the campaign an ad set goes under, the ad set an ad goes under (an ad of a multi call
   * names it as `parentAdObjectID`); null for a campaign.
   */
  parentId: z.string().nullable(),
  // Optional: captures stored before these were read have none (storage.session outlives an extension update).
  operation: DraftOperationSchema.optional(),
  /** The fragment written: the update's path node, or the id the create's answer (or its batch item's) gave. */
  fragmentId: z.string().nullable().optional(),
  /** The published object the fragment edits (`ad_object_id`), or the one the answer named. */
  adObjectId: z.string().nullable().optional(),
  /** `addraft_fragments_with_publish`: how the publish its answer reports went. */
  outcome: FragmentOutcomeSchema.nullable().optional(),
});
export type DraftRef = z.infer<typeof DraftRefSchema>;

/**
 * The request as the hook saw it, for a scenario export to replay (lib/scenario/export): the body redacted as a raw
 * capture's is and cut to the same cap; for a batch, the whole answer (`response` holds only this item's).
 */
export const SentRequestSchema = z.object({
  contentType: z.string().nullable(),
  body: z.string().nullable(),
  truncated: z.boolean(),
  batchResponse: z.unknown().optional(),
});
export type SentRequest = z.infer<typeof SentRequestSchema>;

/**
 * One recognised submission made by the Ads Manager UI: an ad set, or (issue 17) a campaign, ad or creative of the
 * same chain. `request` has the same shape at every level (`fields` are that object's parameters). Secrets are
 * redacted before this exists.
 */
export const SubmissionSchema = z.object({
  kind: z.literal('submission'),
  id: z.string(),
  capturedAt: z.number(),
  /**
   * The object's level. Absent means an ad set: every capture stored before levels existed is one, and ad set
   * flows read `submissionLevel(s)`, never this member directly.
   */
  level: AdLevelSchema.optional(),
  /**
   * A creative written inside an ad (`creative={"object_story_spec":…}`): the id of the ad's submission. The ad keeps
   * its `creative` field as sent; this submission is that spec on its own, so the creative level can be compared.
   */
  inlineIn: z.string().optional(),
  encoding: SubmissionEncodingSchema,
  /** The request URL with secret query parameters redacted. */
  url: z.string(),
  method: z.string(),
  /** Where the ad set object sat: `body`, `batch[2].body`, `values`, `variables.input.adset`, … */
  location: z.string(),
  request: AdsetRequestSchema,
  identifiers: IdentifiersSchema,
  /** True when the UI's request carried an access token (the token itself is never kept). */
  tokenPresent: z.boolean(),
  response: CapturedResponseSchema.nullable(),
  /** Draft fragments: the draft, fragment and parent the UI was editing. */
  draft: DraftRefSchema.nullable().default(null),
  /**
   * Ads Manager's own bookkeeping found among the values (`acting_business_id`, `parentAdObjectID`, `placement`, …;
   * lib/capture/bookkeeping.ts lists them): kept apart from `request.fields`, so it is never compared or copied.
   */
  bookkeeping: z.record(z.string(), z.unknown()).optional(),
  /**
   * Only on the first submission of a hooked request (`id` or `id:0`; the others of a batch share it). Optional:
   * captures stored before scenario export existed have none.
   */
  sent: SentRequestSchema.optional(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** `POST {draft}/publish` (`AdsDraftPublishDataManager`): no ad set fields, only which fragments and how it went. */
export const DraftPublishSchema = z.object({
  draftId: z.string().nullable(),
  fragmentIds: z.array(z.string()),
  outcomes: z.array(FragmentOutcomeSchema),
});
export type DraftPublish = z.infer<typeof DraftPublishSchema>;

/** A request to a Meta host that looked relevant but held no recognisable ad set: kept, not dropped. */
export const RawCaptureSchema = z.object({
  kind: z.literal('raw'),
  id: z.string(),
  capturedAt: z.number(),
  url: z.string(),
  method: z.string(),
  contentType: z.string().nullable(),
  /** Body text, secrets redacted, cut to the cap. */
  body: z.string(),
  truncated: z.boolean(),
  tokenPresent: z.boolean(),
  response: CapturedResponseSchema.nullable(),
  /** A draft publish: the fragments it published and their outcomes (null for any other request). */
  publish: DraftPublishSchema.nullable().optional(),
});
export type RawCapture = z.infer<typeof RawCaptureSchema>;

export const CaptureSchema = z.discriminatedUnion('kind', [SubmissionSchema, RawCaptureSchema]);
export type Capture = z.infer<typeof CaptureSchema>;

/**
 * What the MAIN-world hook reports for one request (after the response, or its failure, arrived).
 * Untrusted: the background validates it with `decodeHookMessage` (lib/capture/hook-message.ts) before decoding.
 */
export interface HookRequest {
  transport: 'fetch' | 'xhr';
  method: string;
  url: string;
  /** Request headers, lower-case names. `cookie`/`authorization` are dropped by the hook itself. */
  headers: Record<string, string>;
  /** Body as text (`URLSearchParams`/`FormData` serialised as a form string), null when absent or unreadable. */
  body: string | null;
  /** What kind of body the page passed: `string`, `URLSearchParams`, `FormData`, `Blob`, `ArrayBuffer`, `stream`, … */
  bodyType: string;
  response: { status: number; body: string | null } | null;
  /** A network error or abort (the name only). */
  failure: string | null;
  startedAt: number;
}
