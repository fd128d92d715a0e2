import { z } from 'zod';

/**
 * Meta's rate-limit usage headers, read to tell the user when to retry.
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 * - `x-app-usage`: `{"call_count","total_cputime","total_time"}` — percentages of the app's rolling one-hour window.
 * - `x-ad-account-usage`: `{"acc_id_util_pct","reset_time_duration","ads_api_access_tier"}` — `reset_time_duration`
 *   is in seconds.
 * - `x-business-use-case-usage`: `{"<business or account id>": [{"type","call_count","total_cputime","total_time",
 *   "estimated_time_to_regain_access"}]}` — `estimated_time_to_regain_access` is in **minutes**.
 */
export interface RateLimitUsage {
  appUsage?: { call_count?: number; total_cputime?: number; total_time?: number };
  adAccountUsage?: { acc_id_util_pct?: number; reset_time_duration?: number; ads_api_access_tier?: string };
  businessUseCaseUsage?: { id: string; type?: string; call_count?: number; estimated_time_to_regain_access?: number }[];
}

const num = z.coerce.number().finite().nonnegative().optional().catch(undefined);
const AppUsage = z.object({ call_count: num, total_cputime: num, total_time: num });
const AdAccountUsage = z.object({ acc_id_util_pct: num, reset_time_duration: num, ads_api_access_tier: z.string().optional().catch(undefined) });
const BucEntry = z.object({ type: z.string().optional().catch(undefined), call_count: num, estimated_time_to_regain_access: num });
const Buc = z.record(z.string(), z.array(z.unknown()));

function json(v: string | undefined): unknown {
  if (!v) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

/** The usage headers present in an answer (lower-case names), or null when there are none or none parse. */
export function readUsageHeaders(headers: Record<string, string> | undefined): RateLimitUsage | null {
  if (!headers) return null;
  const out: RateLimitUsage = {};
  const app = AppUsage.safeParse(json(headers['x-app-usage']));
  if (app.success) out.appUsage = app.data;
  const acc = AdAccountUsage.safeParse(json(headers['x-ad-account-usage']));
  if (acc.success) out.adAccountUsage = acc.data;
  const buc = Buc.safeParse(json(headers['x-business-use-case-usage']));
  if (buc.success) {
    out.businessUseCaseUsage = Object.entries(buc.data).flatMap(([id, entries]) =>
      entries.flatMap((e) => {
        const p = BucEntry.safeParse(e);
        return p.success ? [{ id, ...p.data }] : [];
      }),
    );
  }
  return Object.keys(out).length ? out : null;
}

/** Seconds to wait before retrying, from the usage headers; undefined when they do not say. */
export function retryAfterSeconds(usage: RateLimitUsage | null): number | undefined {
  if (!usage) return undefined;
  const candidates: number[] = [];
  for (const b of usage.businessUseCaseUsage ?? []) {
    if (b.estimated_time_to_regain_access !== undefined && b.estimated_time_to_regain_access > 0) {
      candidates.push(b.estimated_time_to_regain_access * 60);
    }
  }
  const reset = usage.adAccountUsage?.reset_time_duration;
  if (reset !== undefined && reset > 0) candidates.push(reset);
  return candidates.length ? Math.max(...candidates) : undefined;
}
