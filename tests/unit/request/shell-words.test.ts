import { describe, expect, it } from 'vitest';
import { shellWords } from '../../../lib/request/shell-words';

const words = (s: string) => {
  const r = shellWords(s);
  return r.ok ? r.words.map((w) => (w.op ? `<${w.value}>` : w.value)) : r;
};

describe('shellWords (POSIX)', () => {
  it.each([
    ['curl a b', ['curl', 'a', 'b']],
    ["curl 'a b' \"c d\"", ['curl', 'a b', 'c d']],
    ["'it'\\''s'", ["it's"]],
    ['"a \\"q\\" \\$HOME \\\\ \\n"', ['a "q" $HOME \\ \\n']],
    ["$'a\\nb\\t\\x41\\u00e9\\'\\\\'", ["a\nb\tAé'\\"]],
    ['a\\\nb', ['ab']],
    ['curl \\\n  -d x=1 \\\r\n  -d y=2', ['curl', '-d', 'x=1', '-d', 'y=2']],
    ['curl `\n -d x', ['curl', '-d', 'x']],
    ['a\\ b', ['a b']],
    ["'multi\nline'", ['multi\nline']],
    ['curl x # comment\n-d y', ['curl', 'x', '-d', 'y']],
    ['curl a | jq .', ['curl', 'a', '<|>', 'jq', '.']],
    ['curl a && echo ok', ['curl', 'a', '<&&>', 'echo', 'ok']],
    ['curl https://x/a?b=1&c=2', ['curl', 'https://x/a?b=1&c=2']],
    ['curl a > out.json', ['curl', 'a', '<>>', 'out.json']],
    ['"$ACCESS_TOKEN"', ['$ACCESS_TOKEN']],
    ["a''b", ['ab']],
    ['""', ['']],
  ])('%j → %j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  it.each([
    ["curl 'abc", 1, "'"],
    ['curl \\\n -d x \\\n -d "abc', 3, '"'],
    ["echo $'abc", 1, "$'"],
  ])('%j: unterminated quote on line %i', (input, line, quote) => {
    expect(shellWords(input)).toEqual({ ok: false, line, error: { key: 'requestUnterminatedQuote', subs: [String(line), quote] } });
  });
});

describe('shellWords (Windows cmd, Chrome "Copy as cURL (cmd)")', () => {
  it.each([
    ['curl ^"https://x/a?b=1^&c=2^" ^\n  -H ^"accept: */*^" ^\n  --data-raw ^"name=x^" ^\n  --compressed', [
      'curl', 'https://x/a?b=1&c=2', '-H', 'accept: */*', '--data-raw', 'name=x', '--compressed',
    ]],
    ['curl ^"a\\^"b^"', ['curl', 'a"b']],
    ['curl ^"%^"', ['curl', '%']],
  ])('%j → %j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
  it('unterminated quote', () => {
    expect(shellWords('curl ^"abc ^\n -d x')).toMatchObject({ ok: false, error: { key: 'requestUnterminatedQuote' } });
  });
});
