import { describe, it, expect } from 'vitest';
import { createGate } from '../../../lib/capture';

describe('createGate', () => {
  it('admits up to the per-window count, then again after the window', () => {
    let t = 0;
    const gate = createGate({ maxPerWindow: 3, windowMs: 1000, now: () => t });
    expect([1, 2, 3, 4].map(() => gate.admit(10))).toEqual([true, true, true, false]);
    t = 1000;
    expect(gate.admit(10)).toBe(true);
  });

  it.each([
    [-1, false],
    [NaN, false],
    [101, false],
    [100, true],
  ])('message of size %s → %s', (size, expected) => {
    expect(createGate({ maxMessage: 100 }).admit(size)).toBe(expected);
  });

  it('caps characters per window', () => {
    const gate = createGate({ maxCharsPerWindow: 250, now: () => 0 });
    expect([100, 100, 100, 50].map((n) => gate.admit(n))).toEqual([true, true, false, true]);
  });
});
