import { MAX_HOOK_MESSAGE } from '../page-contract/limits';

/**
 * Admission control for hook messages in the isolated content script. Any page script can dispatch the hook's
 * event, so a hostile or buggy page must not be able to flood the background: cap each message's size and the
 * messages and bytes per time window. Legitimate Ads Manager traffic is a few ad set saves a minute.
 */
export interface GateOptions {
  /** Largest message (JSON text length) admitted. */
  maxMessage?: number;
  /** Messages admitted per window. */
  maxPerWindow?: number;
  /** Total characters admitted per window. */
  maxCharsPerWindow?: number;
  windowMs?: number;
  now?: () => number;
}

export interface Gate {
  /** Whether a message of `size` characters may pass now (counts it when it does). */
  admit(size: number): boolean;
}

export function createGate(opts: GateOptions = {}): Gate {
  const maxMessage = opts.maxMessage ?? MAX_HOOK_MESSAGE;
  const maxPerWindow = opts.maxPerWindow ?? 120;
  const maxChars = opts.maxCharsPerWindow ?? 8 * MAX_HOOK_MESSAGE;
  const windowMs = opts.windowMs ?? 10_000;
  const now = opts.now ?? Date.now;
  let start = -Infinity;
  let count = 0;
  let chars = 0;
  return {
    admit(size: number): boolean {
      if (!Number.isFinite(size) || size < 0 || size > maxMessage) return false;
      const t = now();
      if (t - start >= windowMs || t < start) {
        start = t;
        count = 0;
        chars = 0;
      }
      if (count + 1 > maxPerWindow || chars + size > maxChars) return false;
      count++;
      chars += size;
      return true;
    },
  };
}
