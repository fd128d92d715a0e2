import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFormComponent,
  encodeFormComponent,
  encodeFormString,
  looksLikeForm,
  parseFormParams,
  parseFormString,
  percentDecode,
  wellFormed,
} from '../../../lib/model/form-encoding';

// One form codec for captures (what Ads Manager sent), pasted requests and redaction: the table holds the cases where
// the three former copies disagreed or where Meta's traffic is odd; the properties hold the rest.
describe('form decoding', () => {
  it.each([
    ['a=1&b=2', [['a', '1'], ['b', '2']]],
    ['?a=1', [['a', '1']]],
    // Graph form bodies carry objects as JSON strings.
    ['promoted_object=%7B%22page_id%22%3A%221%22%7D', [['promoted_object', '{"page_id":"1"}']]],
    // `+` is a space (the seed's `-d "…+7700…"` reached Graph as a space).
    ['whatsapp_phone_number=+77006353580', [['whatsapp_phone_number', ' 77006353580']]],
    // A malformed run stays as written; the valid runs around it are decoded.
    ['name=100%25%20off%ZZ%E2%82', [['name', '100% off%ZZ%E2%82']]],
    ['a=1&a=2', [['a', '1'], ['a', '2']]],
    ['flag&=x&&b=', [['flag', ''], ['b', '']]],
    ['a=1\r\n', [['a', '1']]],
  ])('%j', (body, pairs) => {
    expect(parseFormParams(body)).toEqual(pairs);
  });

  it('reads a form as Graph does: the last repeated parameter wins, `__proto__` is data', () => {
    const form = parseFormString('a=1&a=2&__proto__=x');
    expect(form.a).toBe('2');
    expect(Object.getPrototypeOf(form)).toBe(Object.prototype);
    expect(Object.keys(form)).toEqual(['a', '__proto__']);
  });

  it('percent-decodes without turning `+` into a space (paths, secrets echoed %-encoded)', () => {
    expect(percentDecode('a+b%2Bc')).toBe('a+b+c');
    expect(decodeFormComponent('a+b%2Bc')).toBe('a b+c');
  });

  it('tells a form body from free text', () => {
    expect(looksLikeForm('batch=[]&x=1')).toBe(true);
    expect(looksLikeForm('{"a":1}')).toBe(false);
    expect(looksLikeForm('hello world')).toBe(false);
  });

  it('never throws and round-trips what browsers and curl encode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (value, junk) => {
        expect(decodeFormComponent(encodeFormComponent(value))).toBe(value);
        expect(parseFormString(encodeFormString([['v', value]])).v).toBe(value);
        // Lone surrogates cannot be sent: both encoders send U+FFFD, which decodes back as such.
        expect(decodeFormComponent(encodeFormComponent(junk))).toBe(wellFormed(junk));
        expect(() => parseFormParams(junk)).not.toThrow();
      }),
    );
  });
});
