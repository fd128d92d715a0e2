import { z } from 'zod';

/** Graph ids travel as strings or numbers depending on who wrote the request (JSON bodies often use numbers). */
export const GraphIdSchema = z.union([z.string(), z.number()]);

/**
 * An ad set's `promoted_object`: what the ad set promotes. Only the Click-to-WhatsApp members are typed; every other
 * member (see PROMOTED_OBJECT_FIELDS) is kept as it came (`passthrough`), never dropped.
 */
export const PromotedObjectSchema = z
  .object({
    page_id: GraphIdSchema.optional(),
    /** The number as a person writes it; Graph answers often omit the `+`. */
    whatsapp_phone_number: z.union([z.string(), z.number()]).optional(),
    /** A WABA phone-number id: a *different identifier* for the number, not a phone number. */
    whats_app_business_phone_number_id: GraphIdSchema.optional(),
    application_id: GraphIdSchema.optional(),
    pixel_id: GraphIdSchema.optional(),
    custom_event_type: z.string().optional(),
    smart_pse_enabled: z.union([z.boolean(), z.string()]).optional(),
  })
  .passthrough();
export type PromotedObject = z.infer<typeof PromotedObjectSchema>;
