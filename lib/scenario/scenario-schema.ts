import { z } from 'zod';
import { GraphErrorSchema } from '../model/graph-error';
import { isRecord } from '../model/record';

// The scenario format of docs/scenario-format.md: one JSON file = one simulated world (what the Ads
// Manager UI submitted, the user's API request, how Graph answers for the user's token). Every file in that
// format must be accepted; unknown members are kept. Extensions of ours are marked "extension" below.

/** `{ "error": {...} }` must carry a Graph error object (code a number…); other answers are any JSON. */
const GraphAnswerSchema = z.unknown().superRefine((v, ctx) => {
  if (isRecord(v) && 'error' in v) {
    const r = GraphErrorSchema.safeParse(v['error']);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: ['error', ...issue.path], message: issue.message });
    }
  }
});

/** Operators of an adsets rule condition; any other value is compared for equality. */
export const CONDITION_OPERATORS = ['present', 'in', 'e164'] as const;

export type Condition =
  | { op: 'equals'; value: unknown }
  | { op: 'present'; value: boolean }
  | { op: 'in'; values: unknown[] }
  | { op: 'e164'; value: string };

/** How a `when` value reads: `{present: bool}`, `{in: [...]}`, `{e164: "+7…"}`, anything else = equals. */
export function conditionOf(raw: unknown): Condition {
  if (isRecord(raw)) {
    const keys = Object.keys(raw);
    if (keys.length === 1) {
      const v = raw[keys[0]!];
      if (keys[0] === 'present' && typeof v === 'boolean') return { op: 'present', value: v };
      if (keys[0] === 'in' && Array.isArray(v)) return { op: 'in', values: v };
      if (keys[0] === 'e164' && typeof v === 'string') return { op: 'e164', value: v };
    }
  }
  return { op: 'equals', value: raw };
}

/** A single-key object naming an operator must use it correctly (`{present: "yes"}` is a mistake, not an equals). */
const ConditionSchema = z.unknown().superRefine((v, ctx) => {
  if (!isRecord(v)) return;
  const keys = Object.keys(v);
  if (keys.length !== 1) return;
  const [k] = keys as [string];
  const val = v[k];
  if (k === 'present' && typeof val !== 'boolean') ctx.addIssue({ code: 'custom', path: ['present'], message: 'expected true or false' });
  if (k === 'in' && !Array.isArray(val)) ctx.addIssue({ code: 'custom', path: ['in'], message: 'expected an array of values' });
  if (k === 'e164' && typeof val !== 'string') ctx.addIssue({ code: 'custom', path: ['e164'], message: 'expected a phone number string' });
});

export const AdsetRuleSchema = z
  .object({
    /** Dotted path of the decoded parameters (`promoted_object.page_id`, `api_version`, …) → condition. */
    when: z.record(z.string(), ConditionSchema).default({}),
    respond: GraphAnswerSchema.refine((v) => v !== undefined, 'respond is required'),
  })
  .passthrough();
export type AdsetRule = z.infer<typeof AdsetRuleSchema>;

export const UiRequestSchema = z
  .object({
    method: z.string().min(1),
    url: z.string().min(1),
    headers: z.record(z.string(), z.string()).default({}),
    body: z.string().nullable().default(null),
    response: z
      .object({ status: z.number().int(), body: z.unknown().optional(), headers: z.record(z.string(), z.string()).optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();
export type UiRequest = z.infer<typeof UiRequestSchema>;

export const ApiRequestSourceSchema = z
  .object({
    curl: z.string().min(1).optional(),
    json: z.object({ url: z.string().min(1), method: z.string().optional(), body: z.record(z.string(), z.unknown()) }).passthrough().optional(),
    form: z.object({ url: z.string().min(1), method: z.string().optional(), body: z.string() }).passthrough().optional(),
    /** Anything a user pastes: SDK code in any of five languages, code with variables, a raw HTTP request, Postman. */
    text: z.string().min(1).optional(),
    /**
     * Extension: the run compared the capture with its own API equivalent (the popup's "use the Ads Manager
     * request"); nothing was pasted. Written by a scenario export.
     */
    ui_equivalent: z.literal(true).optional(),
  })
  .passthrough()
  .refine((a) => [a.curl, a.json, a.form, a.text, a.ui_equivalent].filter((x) => x !== undefined).length === 1, {
    message: 'api must have exactly one of "curl", "json", "form", "text", "ui_equivalent"',
  });
export type ApiRequestSource = z.infer<typeof ApiRequestSourceSchema>;

export const GraphWorldSchema = z
  .object({
    /** GET answers keyed by node path without version or query (`me`, `me/permissions`, `734…`, `792…/phone_numbers`). */
    objects: z.record(z.string(), GraphAnswerSchema).default({}),
    /** `POST act_X/adsets` rules; the first whose conditions all hold answers. */
    adsets: z.array(AdsetRuleSchema).default([]),
    /**
     * Extension (issue 17): the same rule lists, with the same matching, for the other levels of the chain:
     * `POST act_X/campaigns`, `POST act_X/adcreatives` (also the inline `creative` of an ad, matched on the creative's
     * own parameters) and `POST act_X/ads`. docs/scenario-format.md.
     */
    campaigns: z.array(AdsetRuleSchema).default([]),
    adcreatives: z.array(AdsetRuleSchema).default([]),
    ads: z.array(AdsetRuleSchema).default([]),
    latency_ms: z.number().int().min(0).max(600_000).optional(),
    /** Paths (as in `objects`, e.g. `me` or `act_1/adsets`) whose requests fail at the network level. */
    fail: z.array(z.string()).default([]),
    /**
     * Extension: headers added to every answer (and to every batch item when `include_headers` is not false),
     * e.g. `x-business-use-case-usage` next to a rate-limit error so the client can say when to retry.
     */
    headers: z.record(z.string(), z.string()).optional(),
    /**
     * Extension: an error every request with the scenario's token answers (HTTP 400), as Graph does for a token
     * that parses but is no longer valid (190 / 463 expired, 460 password changed…). A wrong token still gets 190.
     */
    token_error: GraphErrorSchema.optional(),
    /**
     * Extension: enforce Meta's documented batch limit "Batch requests cannot include multiple Adsets under the same
     * Campaign" (https://developers.facebook.com/docs/graph-api/batch-requests#limitations) — undocumented for
     * validate_only: every ad set item after the first under one campaign answers a non-content error (code 1).
     */
    enforce_adset_batch_limit: z.boolean().optional(),
    /**
     * Extension (written by a scenario export): the `x-fb-trace-id` of each HTTP answer of the recorded run, in
     * order; the n-th request is answered with the n-th (then generated ones).
     */
    trace_ids: z.array(z.string()).optional(),
  })
  .passthrough();
export type GraphWorld = z.infer<typeof GraphWorldSchema>;

export const ScenarioExpectSchema = z
  .object({
    top: z.string().optional(),
    mentions: z.array(z.string()).default([]),
    not: z.array(z.string()).default([]),
  })
  .passthrough();

export const ScenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    /** Language of `error_user_title` / `error_user_msg` in the Graph answers (`ru_RU`). */
    locale: z.string().optional(),
    ui: z.array(UiRequestSchema).default([]),
    api: ApiRequestSourceSchema,
    token: z.string().min(1),
    graph: GraphWorldSchema,
    expect: ScenarioExpectSchema.optional(),
    /** Extension: values the user typed for fields the pasted code computes (they win over Ads Manager's). */
    api_values: z.record(z.string(), z.string()).optional(),
  })
  .passthrough();
export type Scenario = z.infer<typeof ScenarioSchema>;
