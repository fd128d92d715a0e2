import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeCapture } from '../../../lib/capture';
import { encodeAs, toHookRequest, type UiSession } from '../../../testkit/encode';
import type { SubmissionEncoding } from '../../../lib/model';
import { accountId, adsetFields, formValue } from './arbitraries';

// A marker prefix keeps a generated secret from colliding with ordinary output text.
const secret = fc.stringMatching(/^[A-Za-z0-9:_-]{10,40}$/).map((s) => `S3CR${s}`);
const eaaToken = fc.stringMatching(/^[A-Za-z0-9]{20,60}$/).map((s) => `EAA${s}`);
const encodings: SubmissionEncoding[] = ['form', 'json', 'batch', 'draft_fragment', 'graphql'];

function leaks(output: unknown, secrets: string[]): string[] {
  const text = JSON.stringify(output);
  return secrets.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)));
}

describe('redaction: generated secrets never survive decoding', () => {
  it.each(encodings)('%s: session secrets, a token in the answer, an EAA token inside a field', (encoding) => {
    fc.assert(
      fc.property(
        adsetFields(formValue),
        accountId,
        fc.record({ accessToken: eaaToken, fbDtsg: secret, lsd: secret, jazoest: secret }),
        secret,
        eaaToken,
        (fields, account, s, answerSecret, stray) => {
          const session: UiSession = { ...s, userId: '100', locale: 'en_US' };
          const wire = encodeAs(encoding, { fields: { ...fields, name: `pasted ${stray} by mistake` }, adAccountId: account }, { session });
          const answer = { id: '1', debug: { access_token: answerSecret, fb_dtsg: answerSecret, note: `lsd=${answerSecret}&x=1` }, headers: [{ name: 'Set-Cookie', value: answerSecret }] };
          const out = decodeCapture(toHookRequest(wire, { response: { status: 200, body: answer } }));
          expect(out.length).toBeGreaterThan(0);
          expect(leaks(out, [s.accessToken, s.fbDtsg, s.lsd, s.jazoest, answerSecret, stray])).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('raw captures: secrets in query, form body, JSON body and free text', () => {
    fc.assert(
      fc.property(secret, secret, eaaToken, fc.constantFrom('form', 'json', 'text'), (a, b, token, kind) => {
        const body =
          kind === 'form'
            ? `name=x&fb_dtsg=${encodeURIComponent(a)}&lsd=${encodeURIComponent(b)}&note=${token}`
            : kind === 'json'
              ? JSON.stringify({ nested: { jazoest: a, cookie: b }, text: `access_token=${token}` })
              : `garbage "fb_dtsg":"${a}" Cookie: ${b}\n${token}`;
        const out = decodeCapture({
          transport: 'xhr',
          method: 'POST',
          url: `https://adsmanager-graph.facebook.com/v22.0/act_1/customaudiences?access_token=${token}&appsecret_proof=${a}`,
          headers: { 'content-type': kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', authorization: `OAuth ${token}` },
          body,
          bodyType: 'string',
          response: { status: 500, body: `for (;;);{"error":{"message":"input_token=${b}"}}` },
          failure: null,
          startedAt: 0,
        });
        expect(out.map((c) => c.kind)).toEqual(['raw']);
        expect(leaks(out, [a, b, token])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
