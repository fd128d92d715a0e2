import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { text, type Text } from '../../../lib/i18n/text';
import type { AdsetRequest } from '../../../lib/model';
import { apiSideFor } from '../../../lib/popup-state';
import type { ParseResult, ParsedRequest } from '../../../lib/request';
import { PARSE_DELAY_MS } from '../../../lib/request/input-bounds';
import type { Draft } from '../../../utils/storage-items';
import { whenIdle } from './when-idle';

type RequestLib = typeof import('../../../lib/request');

/**
 * The request parser (zod, the field tables) is loaded once the first paint is done and the page is idle: it is
 * not needed to show the stored state, and evaluating it right then delayed the first input (BENCHMARKS.md).
 */
function useRequestLib(): RequestLib | null {
  const [lib, setLib] = useState<RequestLib | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => void import('../../../lib/request').then((m) => live && setLib(m)));
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return lib;
}

/**
 * The user's own API request: pasted text (restored from the draft), an imported HAR, or "use Ads Manager's
 * equivalent". The text is parsed once per change, after typing pauses: parsing on every keystroke (twice, before)
 * made a 50 MB paste cost 17 s per key. A Web Worker would also free the UI during the one parse, but at that size
 * the browser's own textarea costs more than the parse (BENCHMARKS.md, section 6), which does not pay for a second
 * bundle and copying the text across. Code is read by a grammar loaded on demand: the first answer may be "needs a
 * grammar"; once it is loaded the text is read again. That one parse is also what the draft is scrubbed with.
 *
 * `ui`: the selected capture's request, whose values fill the fields pasted code computes. `offerToken`: a token
 * the user pasted. `setProblem`: what to say under the button (null clears it).
 */
export function useApiRequest(draft: Draft | null, ui: AdsetRequest | null, offerToken: (token: string | null | undefined) => void, setProblem: (p: Text | null) => void) {
  const requestLib = useRequestLib();
  const [apiText, setApiText] = useState(draft?.apiText ?? '');
  const [usingEquivalent, setUsingEquivalent] = useState(draft?.usingEquivalent ?? false);
  /** Length of the request pasted last time when it was too long to keep (lib/request/input-bounds.ts). */
  const [draftDropped, setDraftDropped] = useState<number | null>(draft?.droppedChars ?? null);
  const [har, setHar] = useState<{ entries: ParsedRequest[]; index: number } | null>(null);
  // Fields the code computes take Ads Manager's value for the same field; what the user types wins.
  const [typedValues, setTypedValues] = useState<Record<string, string>>({});

  // `typed` marks a change made by the user, whose token may be offered (not a restored draft's). `codeReady`
  // counts grammar loads, each a reason to read the text again.
  const [parse, setParse] = useState<{ text: string; result: ParseResult } | null>(null);
  const typed = useRef(false);
  const [codeReady, setCodeReady] = useState(0);
  useEffect(() => {
    if (har || !apiText.trim() || !requestLib) return;
    const timer = setTimeout(() => {
      const result = requestLib.parseApiRequest(apiText);
      setParse({ text: apiText, result });
      if (typed.current && result.ok) offerToken(result.token);
      if (result.ok || !result.needsLanguage) typed.current = false;
    }, PARSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [apiText, har, requestLib, offerToken, codeReady]);
  const parsed = har || !apiText.trim() ? null : parse?.text === apiText ? parse.result : null;
  const needsLanguage = parsed && !parsed.ok ? parsed.needsLanguage : undefined;
  useEffect(() => {
    if (!needsLanguage || !requestLib) return;
    let live = true;
    void requestLib.loadCodeReader(needsLanguage).then(() => {
      if (live) setCodeReady((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [needsLanguage, requestLib]);
  /** The parse of the text as it is now, final (no grammar still to load), or null while there is none. */
  const settled = parsed && (parsed.ok || !parsed.needsLanguage) ? parsed : null;

  const uiEquivalent = useMemo(() => (ui && requestLib ? requestLib.equivalentApiRequest(ui) : null), [ui, requestLib]);
  const fill = useMemo(
    () => (parsed?.ok && requestLib ? requestLib.fillUnresolved(parsed.request, parsed.unresolved, uiEquivalent, typedValues) : null),
    [parsed, requestLib, uiEquivalent, typedValues],
  );
  const uiValues = useMemo(() => {
    const out: Record<string, unknown> = {};
    if (parsed?.ok && uiEquivalent && requestLib) for (const u of parsed.unresolved) out[u.name] = requestLib.uiValue(uiEquivalent, u.name);
    return out;
  }, [parsed, uiEquivalent, requestLib]);

  const onApiText = useCallback(
    (v: string) => {
      setApiText(v);
      setHar(null);
      setUsingEquivalent(false);
      setProblem(null);
      setDraftDropped(null);
      setTypedValues({});
      typed.current = true;
    },
    [setProblem],
  );

  const onHarFile = async (file: File) => {
    setProblem(null);
    const entries = await import('../../../lib/request')
      .then(async ({ parseHar }) => parseHar(await file.text()))
      .catch(() => null);
    if (!entries) return setProblem(text('requestInternalError'));
    if (!entries.length) return setProblem(text('requestHarNoAdsets'));
    setHar({ entries, index: 0 });
    setUsingEquivalent(false);
    setApiText('');
    offerToken(entries[0]?.token);
  };

  /** The parse of the text as it is now, also when "Explain" is pressed before the pause ended (grammar loaded). */
  const parseNow = async (): Promise<ParseResult | null> => {
    if (har || !apiText.trim()) return null;
    if (settled) return settled;
    return (await import('../../../lib/request')).readApiRequest(apiText);
  };

  /** The API side of the comparison for a parse of the text as it is now (`parseNow`). */
  const apiSide = async (now: ParseResult | null) => {
    const lib = now?.ok ? (requestLib ?? (await import('../../../lib/request'))) : null;
    const nowFill = now === settled ? fill : now?.ok && lib ? lib.fillUnresolved(now.request, now.unresolved, uiEquivalent, typedValues) : null;
    return apiSideFor({ usingEquivalent, harEntry: har ? har.entries[har.index]! : null, parsed: now, fill: nowFill, hasSelection: ui !== null });
  };

  return {
    apiText,
    onApiText,
    parsed,
    settled,
    fill,
    uiValues,
    typedValues,
    onType: (name: string, value: string) => setTypedValues((cur) => ({ ...cur, [name]: value })),
    har,
    onHarFile,
    pickHar: (i: number) => setHar((h) => (h ? { ...h, index: i } : h)),
    usingEquivalent,
    useEquivalent: () => {
      setUsingEquivalent(true);
      setHar(null);
      setProblem(null);
    },
    draftDropped,
    /** The user changed the text since the last parse: a token in it may still be offered. */
    typedSinceParse: () => typed.current,
    parseNow,
    apiSide,
  };
}

export type ApiRequestState = ReturnType<typeof useApiRequest>;
