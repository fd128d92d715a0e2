import { describe, expect, it } from 'vitest';
import { parseObjectLiteral } from '../../../lib/request';

describe('parseObjectLiteral: values', () => {
  it.each([
    ['{"a": 1, "b": [true, false, null], "c": "x\\ny\\u00e9"}', { a: 1, b: [true, false, null], c: 'x\nyé' }, true],
    ['{"id": 120234472620180097, "small": 9007199254740991, "neg": -120234472620180097}', { id: '120234472620180097', small: 9007199254740991, neg: '-120234472620180097' }, true],
    ['{"f": 1.5e3, "g": -0.25}', { f: 1500, g: -0.25 }, true],
    ["{'a': 'it\\'s', b: \"x\",}", { a: "it's", b: 'x' }, false],
    ['{a: 1 /* c */, // line\n b: 2}', { a: 1, b: 2 }, false],
    ['{"a": True, "b": None, "c": False}  # py', { a: true, b: null, c: false }, false],
    ['{[AdSet.Fields.name]: "x", AdSet.Field.status: AdSet.Status.paused}', { name: 'x', status: 'PAUSED' }, false],
    ['{"a": undefined, "b": .5, "c": +1}', { a: null, b: 0.5, c: 1 }, false],
    ['{"a": "\\x41\\v"}', { a: 'A\v' }, false],
    ['{}', {}, true],
    ['[]', [], true],
    ['{"a": {}};', { a: {} }, false],
  ])('%s', (src, value, strict) => {
    expect(parseObjectLiteral(src)).toEqual({ ok: true, value, strict });
  });
});

describe('parseObjectLiteral: errors name line and column', () => {
  it.each([
    ['{"a": 1,\n "b": }', 'requestSyntaxUnexpectedChar', ['2', '7', '}']],
    ['{"a": 1', 'requestSyntaxUnexpectedEnd', ['1']],
    ['{\n\n "a": "open\n}', 'requestSyntaxUnterminatedString', ['3', '7']],
    ['{"a": myVar}', 'requestSyntaxVariable', ['1', '7', 'myVar']],
    ['{"a": 1} {', 'requestSyntaxTrailing', ['1', '10']],
    ['{"a": 1 /* never closed', 'requestSyntaxUnterminatedComment', ['1', '9']],
    ['{"a": "\\u12"}', 'requestSyntaxUnexpectedChar', ['1', '8', '\\u']],
  ])('%j → %s %j', (src, key, subs) => {
    expect(parseObjectLiteral(src)).toMatchObject({ ok: false, error: { key, subs } });
  });
});
