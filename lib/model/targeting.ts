import { z } from 'zod';

/**
 * Ad set `targeting`, loosely: the spec is large, versioned and changes often, so only the members the diagnosis
 * reads are typed and everything else passes through untouched.
 */
export const GeoLocationsSchema = z
  .object({
    countries: z.array(z.string()).optional(),
    regions: z.array(z.unknown()).optional(),
    cities: z.array(z.unknown()).optional(),
    location_types: z.array(z.string()).optional(),
  })
  .passthrough();

export const TargetingSchema = z
  .object({
    geo_locations: GeoLocationsSchema.optional(),
    age_min: z.union([z.number(), z.string()]).optional(),
    age_max: z.union([z.number(), z.string()]).optional(),
    genders: z.array(z.union([z.number(), z.string()])).optional(),
    publisher_platforms: z.array(z.string()).optional(),
    locales: z.array(z.union([z.number(), z.string()])).optional(),
  })
  .passthrough();
export type Targeting = z.infer<typeof TargetingSchema>;

/** The first targeted country (`targeting.geo_locations.countries[0]`), upper-case, or null. */
export function firstTargetedCountry(targeting: unknown): string | null {
  const parsed = TargetingSchema.safeParse(targeting);
  const first = parsed.success ? parsed.data.geo_locations?.countries?.[0] : undefined;
  return typeof first === 'string' && /^[A-Za-z]{2}$/.test(first) ? first.toUpperCase() : null;
}
