import { z } from 'zod';
import { graphErrorOf } from '../model/graph-error';
import type { GraphFailure } from '../model/graph-failure';
import {
  IdentitySchema,
  TokenInfoSchema,
  WabaPhoneNumberSchema,
  type FactSource,
  type ObjectFact,
  type Permissions,
  type Validation,
  type WabaDiscovery,
} from '../model/facts';
import type { AnswerReading } from './classify-failure';
import { unexpectedAnswerFailure } from './classify-failure';
import { citedUrl, type PlanItem } from './plan';

/** Zod schemas of the Graph answers the plan reads (lenient: unknown members are kept). */
export const MeAnswerSchema = IdentitySchema;
export const DebugTokenAnswerSchema = z.object({ data: TokenInfoSchema });
export const PermissionsAnswerSchema = z.object({
  data: z.array(z.object({ permission: z.string(), status: z.string() })),
});
export const ObjectAnswerSchema = z.record(z.string(), z.unknown());
export const WabaPhoneNumbersAnswerSchema = z.object({ data: z.array(WabaPhoneNumberSchema) });

export function sourceOf(item: PlanItem, field?: string): FactSource {
  return { itemId: item.id, method: item.op.method, relativeUrl: citedUrl(item.op), round: item.round, ...(field ? { field } : {}) };
}

type Fact<T> = { ok: true; source: FactSource; value: T } | { ok: false; source: FactSource; failure: GraphFailure };

/** One answer checked against its schema; a shape Graph should not send becomes a failure, not a crash. */
export function readFact<S extends z.ZodType, T>(item: PlanItem, answer: AnswerReading, schema: S, pick: (v: z.infer<S>) => T): Fact<T> {
  const source = sourceOf(item);
  if (!answer.ok) return { ok: false, source, failure: answer.failure };
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, source, failure: unexpectedAnswerFailure(`${item.id}${path ? `: ${path}` : ''}`, answer.status) };
  }
  return { ok: true, source, value: pick(parsed.data) };
}

export function toPermissions(a: z.infer<typeof PermissionsAnswerSchema>): Permissions {
  const of = (status: string) => a.data.filter((p) => p.status === status).map((p) => p.permission);
  return { granted: of('granted'), declined: of('declined'), expired: of('expired') };
}

/** Merge the answers of the items that read one object (the Page is read in several). */
export function mergeObject(objectId: string, parts: readonly { item: PlanItem & { kind: 'object' }; answer: AnswerReading }[]): ObjectFact {
  const fact: ObjectFact = { id: objectId, fields: {}, sources: {}, missing: [], errors: [] };
  for (const { item, answer } of parts) {
    if (!answer.ok) {
      fact.errors.push({ source: sourceOf(item), fields: item.fields, failure: answer.failure });
      continue;
    }
    const parsed = ObjectAnswerSchema.safeParse(answer.body);
    if (!parsed.success) {
      fact.errors.push({ source: sourceOf(item), fields: item.fields, failure: unexpectedAnswerFailure(item.id, answer.status) });
      continue;
    }
    for (const [k, v] of Object.entries(parsed.data)) {
      if (k in fact.fields && k === 'id') continue;
      fact.fields[k] = v;
      fact.sources[k] = sourceOf(item, k);
    }
    for (const f of item.fields) if (!(f in parsed.data) && !fact.missing.includes(f)) fact.missing.push(f);
  }
  fact.missing = fact.missing.filter((f) => !(f in fact.fields));
  return fact;
}

/** A validate_only answer: `{success: true}` (or a created id) passes; a Graph error is kept with its class. */
export function toValidation(item: PlanItem & { kind: 'validate' }, answer: AnswerReading): Validation {
  const base = { variantId: item.variantId, label: item.label, change: item.change, changes: item.changes, source: sourceOf(item) };
  if (!answer.ok) {
    return { ...base, ok: false, failure: answer.failure, ...(answer.failure.graphError ? { error: answer.failure.graphError } : {}) };
  }
  const body = answer.body as { success?: unknown } | null;
  if (body && typeof body === 'object' && body.success === false) {
    const error = graphErrorOf(body) ?? undefined;
    return { ...base, ok: false, failure: unexpectedAnswerFailure(item.id, answer.status), ...(error ? { error } : {}) };
  }
  return { ...base, ok: true };
}

const WabaListAnswerSchema = z.object({ data: z.array(z.object({ id: z.string(), name: z.string().optional() }).passthrough()) });
const WabaNumbersAnswerSchema = z.record(
  z.string(),
  z.object({ id: z.string(), phone_numbers: z.object({ data: z.array(WabaPhoneNumberSchema) }).optional() }).passthrough(),
);

/** The scope Graph's WABA edges need (business/owned|client_whatsapp_business_accounts, {waba}/phone_numbers). */
export const WABA_SCOPE = 'whatsapp_business_management';

type WabaItem = PlanItem & { kind: 'waba_accounts' | 'waba_numbers' };

/**
 * The WABA discovery reads → accounts with their numbers, and refusals. A null answer (status 0) of a dependent
 * item means its dependency failed or found nothing (Graph's batch semantics): nothing was asked, nothing to report.
 */
export function toWabaDiscovery(parts: readonly { item: WabaItem; answer: AnswerReading }[]): WabaDiscovery | null {
  if (!parts.length) return null;
  const out: WabaDiscovery = { accounts: [], refused: [] };
  for (const { item, answer } of parts) {
    if (!answer.ok) {
      if (answer.status === 0) continue;
      if (answer.failure.kind === 'permission' || answer.failure.kind === 'not_found') out.refused.push({ source: sourceOf(item), failure: answer.failure, scope: WABA_SCOPE });
      continue;
    }
    if (item.kind === 'waba_accounts') {
      const parsed = WabaListAnswerSchema.safeParse(answer.body);
      if (!parsed.success) continue;
      for (const w of parsed.data.data) {
        if (out.accounts.some((a) => a.id === w.id)) continue;
        out.accounts.push({ id: w.id, ...(w.name ? { name: w.name } : {}), relation: item.relation, via: item.via, source: sourceOf(item), phoneNumbers: null });
      }
    } else {
      const parsed = WabaNumbersAnswerSchema.safeParse(answer.body);
      if (!parsed.success) continue;
      for (const [id, node] of Object.entries(parsed.data)) {
        const account = out.accounts.find((a) => a.id === id);
        if (account && account.phoneNumbers === null) {
          account.phoneNumbers = node.phone_numbers?.data ?? [];
          account.phoneNumbersSource = sourceOf(item);
        }
      }
    }
  }
  return out;
}
