import type { CapturedResponse, RawCapture } from '../model';
import { redactFormString, redactJson, redactText, redactUrl } from './redact';
import type { RequestContext } from './request-context';

/** Raw captures keep this much of the (redacted) body. */
export const MAX_RAW_BODY = 64 * 1024;

/**
 * A Meta request that held nothing ad-set-like: kept (redacted, capped) rather than dropped, because what Ads
 * Manager sends changes and an unrecognised shape is exactly what someone needs to look at.
 */
export function rawCaptureOf(
  ctx: RequestContext,
  meta: { id: string; capturedAt: number; tokenPresent: boolean },
  response: CapturedResponse | null,
): RawCapture {
  const body = redactedBody(ctx);
  return {
    kind: 'raw',
    id: meta.id,
    capturedAt: meta.capturedAt,
    url: redactUrl(ctx.url),
    method: ctx.method,
    contentType: ctx.contentType,
    body: body.slice(0, MAX_RAW_BODY),
    truncated: body.length > MAX_RAW_BODY,
    tokenPresent: meta.tokenPresent,
    response,
    publish: null,
  };
}

export function redactedBody(ctx: RequestContext): string {
  if (ctx.body === null) return '';
  if (ctx.bodyKind === 'json') {
    try {
      return JSON.stringify(redactJson(ctx.bodyJson)) ?? '';
    } catch {
      return redactText(ctx.body);
    }
  }
  if (ctx.bodyKind === 'form') return redactFormString(ctx.body);
  return redactText(ctx.body);
}
