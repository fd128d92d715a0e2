import { z } from 'zod';
import { GraphErrorSchema } from './graph-error';
import { GraphFailureSchema, TextSchema } from './graph-failure';

/**
 * Where a fact came from, so a finding can cite it: the batch item id of the diagnostic plan, its relative_url
 * (secrets such as `input_token` redacted; the access token never appears in a relative_url) and, when the fact
 * is one field of an answer, that field.
 */
export const FactSourceSchema = z.object({
  itemId: z.string(),
  method: z.string(),
  relativeUrl: z.string(),
  field: z.string().optional(),
  /** 1 for the first batch, 2 for the follow-up batch (pairs). */
  round: z.number().int().min(1).default(1),
});
export type FactSource = z.infer<typeof FactSourceSchema>;

/** One change applied to the API request's fields for a validate_only experiment (dotted path into `fields`). */
export const ChangeSchema = z.object({
  path: z.string().min(1),
  op: z.enum(['add', 'remove', 'replace']),
  value: z.unknown().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** A Graph read: either its (zod-checked) value or the classified failure. Failures are facts too. */
export function factSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), source: FactSourceSchema, value }),
    z.object({ ok: z.literal(false), source: FactSourceSchema, failure: GraphFailureSchema }),
  ]);
}

export const IdentitySchema = z.object({ id: z.string(), name: z.string().optional() }).passthrough();

export const GranularScopeSchema = z.object({
  scope: z.string(),
  target_ids: z.array(z.string()).optional(),
});

/** `debug_token` data. `error` is set when Meta could read the token but found it invalid. */
export const TokenInfoSchema = z
  .object({
    type: z.string().optional(),
    app_id: z.string().optional(),
    application: z.string().optional(),
    user_id: z.string().optional(),
    is_valid: z.boolean().optional(),
    /** Unix seconds; 0 means "never expires" (long-lived / system user tokens). */
    expires_at: z.number().optional(),
    data_access_expires_at: z.number().optional(),
    scopes: z.array(z.string()).default([]),
    granular_scopes: z.array(GranularScopeSchema).default([]),
    error: z.object({ code: z.number().optional(), subcode: z.number().optional(), message: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();
export type TokenInfo = z.infer<typeof TokenInfoSchema>;

export const PermissionsSchema = z.object({
  granted: z.array(z.string()),
  declined: z.array(z.string()),
  expired: z.array(z.string()),
});
export type Permissions = z.infer<typeof PermissionsSchema>;

/**
 * A Graph object read in one or more batch items (the Page is split so that one unreadable field does not hide
 * the others): the merged fields, which item each field came from, requested fields the answer did not carry,
 * and the items that failed (with the fields they asked for).
 */
export const ObjectFactSchema = z.object({
  id: z.string(),
  fields: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), FactSourceSchema),
  missing: z.array(z.string()),
  errors: z.array(z.object({ source: FactSourceSchema, fields: z.array(z.string()), failure: GraphFailureSchema })),
});
export type ObjectFact = z.infer<typeof ObjectFactSchema>;

/** One `GET /{waba-id}/phone_numbers` record. */
export const WabaPhoneNumberSchema = z
  .object({
    id: z.string(),
    display_phone_number: z.string().optional(),
    verified_name: z.string().optional(),
    code_verification_status: z.string().optional(),
    name_status: z.string().optional(),
    quality_rating: z.string().optional(),
    platform_type: z.string().optional(),
    status: z.string().optional(),
    account_mode: z.string().optional(),
  })
  .passthrough();
export type WabaPhoneNumber = z.infer<typeof WabaPhoneNumberSchema>;

/**
 * The WhatsApp Business accounts found through the ad account's and the Page's businesses (owned and client), with
 * their numbers, and the reads Graph refused (each names the scope it needs).
 */
export const WabaDiscoverySchema = z.object({
  accounts: z.array(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      relation: z.enum(['owned', 'client']),
      via: z.enum(['ad_account', 'page']),
      source: FactSourceSchema,
      phoneNumbers: z.array(WabaPhoneNumberSchema).nullable(),
      phoneNumbersSource: FactSourceSchema.optional(),
    }),
  ),
  refused: z.array(z.object({ source: FactSourceSchema, failure: GraphFailureSchema, scope: z.string() })),
});
export type WabaDiscovery = z.infer<typeof WabaDiscoverySchema>;

/** One validate_only run of the ad set request (as is, UI-equivalent, or with changes applied). */
export const ValidationSchema = z.object({
  variantId: z.string(),
  label: TextSchema,
  /** The single change this run tests; null for the request as is, the UI request and the version swap. */
  change: ChangeSchema.nullable(),
  /** Every change applied to the API request (two for a pair in the follow-up round). */
  changes: z.array(ChangeSchema),
  source: FactSourceSchema,
  ok: z.boolean(),
  /** Graph's error object when Graph answered with one. */
  error: GraphErrorSchema.optional(),
  failure: GraphFailureSchema.optional(),
});
export type Validation = z.infer<typeof ValidationSchema>;

export const IdentityFactSchema = factSchema(IdentitySchema);
export const TokenFactSchema = factSchema(TokenInfoSchema);
export const PermissionsFactSchema = factSchema(PermissionsSchema);
export const WabaPhoneNumbersFactSchema = factSchema(z.array(WabaPhoneNumberSchema));

/**
 * Everything the diagnostic plan learned with the user's token. `null` means "not asked" (no id known) or "no
 * answer" (the batch itself failed: see `batchErrors`). The token itself is never stored here.
 */
export const FactsSchema = z.object({
  apiVersion: z.string(),
  ids: z.object({
    pageId: z.string().nullable(),
    adAccountId: z.string().nullable(),
    campaignId: z.string().nullable(),
    wabaId: z.string().nullable(),
    /** The ad set a creative was dry-run under (absent: not a creative, or before levels existed). */
    adsetId: z.string().nullable().optional(),
  }),
  identity: IdentityFactSchema.nullable(),
  token: TokenFactSchema.nullable(),
  permissions: PermissionsFactSchema.nullable(),
  page: ObjectFactSchema.nullable(),
  adAccount: ObjectFactSchema.nullable(),
  campaign: ObjectFactSchema.nullable(),
  /**
   * The objects Ads Manager's request refers to when they differ from the API request's (another campaign, another
   * Page), read with the same fields in the same batch so a replaced reference is explained by the objects' facts.
   */
  uiCampaign: ObjectFactSchema.nullable().optional(),
  uiPage: ObjectFactSchema.nullable().optional(),
  wabaPhoneNumbers: WabaPhoneNumbersFactSchema.nullable(),
  /** Absent: not attempted (a WABA id was given, or the request is not about WhatsApp). */
  wabaDiscovery: WabaDiscoverySchema.nullable().optional(),
  validations: z.array(ValidationSchema),
  /**
   * validate_only items retried as single calls because, inside the batch, they failed with an error that is not
   * about the ad set's content while other items were judged (Meta: a batch "cannot include multiple Adsets under
   * the same Campaign"; undocumented for validate_only). Each retry is one more round trip.
   */
  singleCallRetries: z.array(z.string()).optional(),
  /** HTTP requests made (a batch is one). */
  roundTrips: z.number().int().nonnegative(),
  /** Failures of a whole batch call (network, timeout, token refused at the top level, non-array answer…). */
  batchErrors: z.array(GraphFailureSchema),
  fbtraceIds: z.array(z.string()),
});
export type Facts = z.infer<typeof FactsSchema>;
