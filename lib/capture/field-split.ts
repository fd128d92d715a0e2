import { REDACTED, TRANSPORT_FIELDS } from '../model';
import { decodeJsonString } from './json-text';
import { setOwn } from '../model/record';
import { isSecretName, redactText } from './redact';

/** Free-text ad set parameters: never decoded as JSON even when they look like it (`name=[Test] …`). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['name']);

/** Transport values are for display only: cut long ones. */
const MAX_TRANSPORT_VALUE = 2048;

/**
 * A parameter that travels with the request but is not part of the ad set: the model's TRANSPORT_FIELDS, any
 * secret, and any `_`/`__`-prefixed name (Ads Manager adds new `__xxx` session params all the time).
 */
export function isTransportName(name: string): boolean {
  return TRANSPORT_FIELDS.has(name) || isSecretName(name) || name.startsWith('_');
}

/**
 * Form bodies carry objects as JSON strings (`promoted_object=%7B…%7D`, `targeting=…`,
 * `execution_options=["validate_only"]`): decode any value that is a JSON object or array.
 */
export function decodeFieldValue(name: string, value: unknown): unknown {
  if (typeof value !== 'string' || TEXT_FIELDS.has(name)) return value;
  return decodeJsonString(value.trim()) ?? value;
}

export interface SplitParams {
  fields: Record<string, unknown>;
  transport: Record<string, string>;
}

/** Split request parameters into ad set fields (JSON strings decoded) and transport (secrets redacted). */
export function splitParams(params: Record<string, unknown>, extraTransport?: ReadonlySet<string>): SplitParams {
  const fields: Record<string, unknown> = {};
  const transport: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (isTransportName(k) || extraTransport?.has(k)) setOwn(transport, k, transportValue(k, v));
    else setOwn(fields, k, decodeFieldValue(k, v));
  }
  return { fields, transport };
}

/** A transport parameter as display text: secrets replaced, long values cut. */
export function transportValue(name: string, value: unknown): string {
  if (isSecretName(name)) return REDACTED;
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return redactText(text.length > MAX_TRANSPORT_VALUE ? text.slice(0, MAX_TRANSPORT_VALUE) + '…' : text);
}
