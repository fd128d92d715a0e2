import { describe, expect, it } from 'vitest';
import { cell, code, fence, inline, MAX_CELL_VALUE, spacedJson, valueText } from '../../../lib/report/markdown';

describe('markdown helpers', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '`` a`b ``'],
    ['a``b', '``` a``b ```'],
    ['two\nlines', '`two lines`'],
    ['', '""'],
  ])('code(%j) = %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['x\ny\r\nz', 'x y z'],
  ])('cell(%j) = %s', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  it('fence is longer than any backtick run inside', () => {
    expect(fence('x', 'json')).toBe('```json\nx\n```');
    expect(fence('a ```` b')).toBe('`````\na ```` b\n`````');
  });

  it.each([
    [{ a: 1, b: [1, 'x'] }, '{"a": 1, "b": [1, "x"]}'],
    [{ s: 'a, b: [c]' }, '{"s": "a, b: [c]"}'],
    [null, 'null'],
    [[], '[]'],
  ])('spacedJson(%j)', (input, expected) => {
    expect(spacedJson(input)).toBe(expected);
  });

  it('valueText: strings as they are, long values cut to MAX_CELL_VALUE', () => {
    expect(valueText('+77006353580')).toBe('+77006353580');
    expect(valueText(undefined)).toBe('');
    const long = valueText('x'.repeat(1000));
    expect(long).toHaveLength(MAX_CELL_VALUE);
    expect(long.endsWith('…')).toBe(true);
  });

  it('inline: one line, no raw HTML', () => {
    expect(inline('a\nb <script>')).toBe('a b &lt;script>');
  });
});
