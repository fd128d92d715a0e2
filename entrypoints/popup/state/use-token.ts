import { useCallback, useState } from 'react';
import { rememberedToken } from '../../../utils/storage-items';

/**
 * The access token: typed, taken from a pasted request, or remembered (storage.session, only when the user asks).
 * `fromRequest`: it was read in the pasted request, so a newer paste may replace it.
 */
export function useToken(remembered: string | null) {
  const [state, setState] = useState({ value: remembered ?? '', fromRequest: false });
  const [remember, setRemember] = useState(remembered !== null);

  /** A token found in what the user pasted is offered as the token (the parser removes it from the request). */
  const offer = useCallback((found: string | null | undefined) => {
    if (found) setState((cur) => (!cur.value || cur.fromRequest ? { value: found, fromRequest: true } : cur));
  }, []);

  return {
    token: state.value,
    fromRequest: state.fromRequest,
    remember,
    offer,
    set: (value: string) => setState({ value, fromRequest: false }),
    setRemember: (on: boolean) => {
      setRemember(on);
      if (!on) void rememberedToken.removeValue();
    },
    /** Kept for the next open only when the user asked for it. */
    keep: async (token: string) => {
      if (remember) await rememberedToken.setValue(token);
    },
    /** "Forget": the popup's copy and the remembered one. */
    forget: () => {
      setState({ value: '', fromRequest: false });
      setRemember(false);
      void rememberedToken.removeValue();
    },
  };
}

export type TokenState = ReturnType<typeof useToken>;
