import { z } from 'zod';
import { TextSchema } from '../model/graph-failure';

/** How a field compares between the UI's submission and the API request. */
export const DiffKindSchema = z.enum(['only_ui', 'only_api', 'different', 'equivalent']);
export type DiffKind = z.infer<typeof DiffKindSchema>;

export const DiffCategorySchema = z.enum(['identifier', 'phone', 'bookkeeping', 'budget', 'targeting', 'field', 'version']);
export type DiffCategory = z.infer<typeof DiffCategorySchema>;

/** What had to be normalised for two differently written values to count as equal. */
export const NormalizationSchema = z.enum(['json_string', 'number_string', 'act_prefix', 'enum_case', 'list_order', 'phone']);
export type Normalization = z.infer<typeof NormalizationSchema>;

export const FieldDiffSchema = z.object({
  /** Dotted path: `promoted_object.whats_app_business_phone_number_id`, `targeting.geo_locations.countries`,
   * `api_version`, `ad_account_id`. */
  path: z.string(),
  kind: DiffKindSchema,
  /** The value as the UI sent it (absent for `only_api`). */
  ui: z.unknown().optional(),
  /** The value as the API request sent it (absent for `only_ui`). */
  api: z.unknown().optional(),
  category: DiffCategorySchema,
  /** Identifiers, phones, promoted_object, destination and optimization: what decides a Click-to-WhatsApp diagnosis. */
  important: z.boolean(),
  /** Why this entry matters, as a sentence naming the path. */
  why: TextSchema,
  /** What the field is, for known fields (`WhatsApp Business phone-number id`); null otherwise. */
  meaning: TextSchema.nullable(),
  /** For `equivalent`: which normalisations made the two sides equal (empty when written identically). */
  normalized: z.array(NormalizationSchema),
  /** Phone fields: both sides in E.164 (null when a side cannot be read as a number). */
  e164: z.object({ ui: z.string().nullable(), api: z.string().nullable() }).optional(),
});
export type FieldDiff = z.infer<typeof FieldDiffSchema>;

export const DiffSummarySchema = z.object({
  only_ui: z.number().int(),
  only_api: z.number().int(),
  different: z.number().int(),
  equivalent: z.number().int(),
  /** Non-equivalent entries marked important. */
  important: z.number().int(),
});
export type DiffSummary = z.infer<typeof DiffSummarySchema>;

export const DiffSchema = z.object({
  /** Ordered: important differences first, then version, other differences, bookkeeping, and equivalents last. */
  entries: z.array(FieldDiffSchema),
  /** Transport parameter names per side (`fb_dtsg`, `__user`, `locale` …): listed, never compared. */
  transport: z.object({ ui: z.array(z.string()), api: z.array(z.string()) }),
  summary: DiffSummarySchema,
});
export type Diff = z.infer<typeof DiffSchema>;
