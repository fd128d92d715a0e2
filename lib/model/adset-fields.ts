import { z } from 'zod';
import { BillingEventSchema, BidStrategySchema, DestinationTypeSchema, OptimizationGoalSchema } from './enums';
import { GraphIdSchema, PromotedObjectSchema } from './promoted-object';
import { TargetingSchema } from './targeting';

/**
 * The typed view of `AdsetRequest.fields`. Loose on purpose: form bodies carry objects as JSON strings and numbers as
 * strings, so each member also accepts its raw form, and unknown fields pass through (the model never drops a field).
 */
export const AdsetFieldsSchema = z
  .object({
    name: z.string().optional(),
    campaign_id: GraphIdSchema.optional(),
    daily_budget: z.union([z.number(), z.string()]).optional(),
    lifetime_budget: z.union([z.number(), z.string()]).optional(),
    billing_event: BillingEventSchema.optional(),
    optimization_goal: OptimizationGoalSchema.optional(),
    bid_strategy: BidStrategySchema.optional(),
    destination_type: DestinationTypeSchema.optional(),
    promoted_object: z.union([PromotedObjectSchema, z.string()]).optional(),
    targeting: z.union([TargetingSchema, z.string()]).optional(),
    status: z.string().optional(),
  })
  .passthrough();
export type AdsetFields = z.infer<typeof AdsetFieldsSchema>;
