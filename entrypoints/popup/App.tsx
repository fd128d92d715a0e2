import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CaptureList } from '../../components/CaptureList';
import { ChainList } from '../../components/ChainList';
import { isAdsManagerUrl } from '../../lib/page-contract/ads-manager-pages';
import { assembleAdsets } from '../../lib/capture/assemble';
import { assembleChains } from '../../lib/capture/chain';
import { numbersSeen } from '../../lib/capture/ui-seen';
import { Comparison } from '../../components/Comparison';
import { DiffTable } from '../../components/DiffTable';
import { ExportMenu, type ExportKind } from '../../components/ExportMenu';
import { FactsView } from '../../components/FactsView';
import { Findings } from '../../components/Findings';
import { t } from '../../components/i18n';
import { RequestInput } from '../../components/RequestInput';
import { RunProgress } from '../../components/RunProgress';
import { TokenField } from '../../components/TokenField';
import type { ApiSide, Explanation } from '../../lib/explain/explanation';
import type { ComparisonRow } from '../../components/Comparison';
import { text, type Text } from '../../lib/i18n/text';
import type { TabState } from '../../lib/protocol';
import type { ParseResult, ParsedRequest } from '../../lib/request';
import { MAX_DRAFT_CHARS, PARSE_DELAY_MS } from '../../lib/request/input-bounds';
import type { RunState } from '../../lib/run-state';
import { sendMessage } from './messaging';
import { forgetToken, loadDraft, loadToken, saveDraft, saveToken, watchTab } from './popup-storage';
import { targetTab } from './target-tab';

/** The state shown before (or without) the background's answer. */
const NO_STATE: TabState = { adsManager: true, captures: [], run: null };
/** How often a running run whose answer this popup is not waiting for is checked (see below). */
const RUN_CHECK_MS = 4000;

export function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const [tab, setTab] = useState<TabState | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [apiText, setApiText] = useState('');
  const [usingEquivalent, setUsingEquivalent] = useState(false);
  const [har, setHar] = useState<{ entries: ParsedRequest[]; index: number } | null>(null);
  // The token and whether it was taken from the pasted request (then a newer paste may replace it).
  const [tokenState, setTokenState] = useState({ value: '', fromRequest: false });
  const token = tokenState.value;
  const tokenFromRequest = tokenState.fromRequest;
  const setToken = (value: string, fromRequest = false) => setTokenState({ value, fromRequest });
  const [remember, setRemember] = useState(false);
  const [wabaId, setWabaId] = useState('');
  const [problem, setProblem] = useState<Text | null>(null);
  const [notice, setNotice] = useState<Text | null>(null);
  const [baseline, setBaseline] = useState<Explanation | null>(null);
  const [draftReady, setDraftReady] = useState(false);
  /** Length of the request pasted last time when it was too long to keep (lib/request/input-bounds.ts). */
  const [draftDropped, setDraftDropped] = useState<number | null>(null);
  /** Set when the user starts a run, so its result (not one restored on reopen) is brought into view. */
  const justRan = useRef(false);
  /** While this popup's "explain" message is unanswered, its answer (not a check) ends the run shown. */
  const [waiting, setWaiting] = useState(false);

  /** Show a run state, also when the tab's state never arrived (the run's end must still be shown). */
  const showRun = useCallback((run: RunState | null) => setTab((s) => ({ ...(s ?? NO_STATE), run })), []);

  /** A token found in what the user pasted is offered as the token (the parser removes it from the request). */
  const offerToken = useCallback((found: string | null | undefined) => {
    if (found) setTokenState((cur) => (!cur.value || cur.fromRequest ? { value: found, fromRequest: true } : cur));
  }, []);

  // Load the tab's state once, then follow it live (captures arriving, a run progressing in the background).
  useEffect(() => {
    let stop = () => {};
    void (async () => {
      const target = await targetTab().catch(() => null);
      const id = target?.id ?? null;
      setTabId(id);
      setTabUrl(target?.url ?? null);
      const remembered = await loadToken();
      if (remembered) {
        setToken(remembered);
        setRemember(true);
      }
      setBaseline((await sendMessage('getBaseline', undefined).catch(() => null)) ?? null);
      if (id === null) return;
      const state = await sendMessage('getTabState', id).catch(() => null);
      const draft = await loadDraft(id);
      // A background that does not answer is said, not shown as an empty popup whose button does nothing.
      if (!state) setProblem(text('runNoAnswer'));
      setTab(state ?? NO_STATE);
      const adsetIds = assembleAdsets(state?.captures ?? []).map((a) => a.id);
      setSelectedId(draft?.selectedId && adsetIds.includes(draft.selectedId) ? draft.selectedId : (adsetIds[0] ?? null));
      if (draft) {
        setApiText(draft.apiText);
        setUsingEquivalent(draft.usingEquivalent);
        setDraftDropped(draft.droppedChars ?? null);
      }
      setDraftReady(true);
      stop = watchTab(id, {
        captures: (captures) => {
          setTab((s) => ({ ...(s ?? NO_STATE), captures, adsManager: true }));
          setSelectedId((cur) => cur ?? assembleAdsets(captures)[0]?.id ?? null);
        },
        run: (run) => showRun(run),
      });
    })();
    return () => stop();
  }, [showRun]);

  // Keep what the user typed (without the token) so a closed popup reopens to the same state.
  useEffect(() => {
    if (tabId == null || !draftReady) return;
    void saveDraft(tabId, { apiText, selectedId, usingEquivalent, droppedChars: draftDropped }, token);
  }, [tabId, draftReady, apiText, selectedId, usingEquivalent, token, draftDropped]);

  const captures = useMemo(() => tab?.captures ?? [], [tab]);
  // One ad set per draft fragment (create + updates + publish): what is listed, selected and compared.
  const adsets = useMemo(() => assembleAdsets(captures), [captures]);
  const chains = useMemo(() => assembleChains(captures), [captures]);
  const others = useMemo(() => {
    const used = new Set(adsets.flatMap((a) => a.history.map((h) => h.captureId)));
    return captures.filter((c) => c.kind !== 'submission' && !used.has(c.id));
  }, [adsets, captures]);
  const selected = adsets.find((a) => a.id === selectedId)?.submission ?? null;
  // The request parser (zod, the field tables) is loaded right after the first paint, not before it.
  const [requestLib, setRequestLib] = useState<typeof import('../../lib/request') | null>(null);
  useEffect(() => {
    void import('../../lib/request').then(setRequestLib);
  }, []);
  // Parsed once per change, after typing pauses: parsing on every keystroke (twice, before) made a 50 MB paste cost
  // 17 s per key. A Web Worker would also free the UI during the one parse, but at that size the browser's own
  // textarea costs more than the parse (BENCHMARKS.md, section 6), which does not pay for a second bundle and
  // copying the text across. `typed` marks a change made by the user, whose token may be offered (not a restored
  // draft's). Code is read by a grammar loaded on demand: the first answer may be "needs a grammar"; once it is
  // loaded (`codeReady` counts loads) the text is read again.
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
  /** The parse of the text as it is now, also when the button is pressed before the pause ended (grammar loaded). */
  const parseNow = async (): Promise<ParseResult | null> => {
    if (har || !apiText.trim()) return null;
    if (parse?.text === apiText && (parse.result.ok || !parse.result.needsLanguage)) return parse.result;
    return (await import('../../lib/request')).readApiRequest(apiText);
  };

  // Fields the code computes take Ads Manager's value for the same field; what the user types wins.
  const [typedValues, setTypedValues] = useState<Record<string, string>>({});
  const uiEquivalent = useMemo(
    () => (selected?.kind === 'submission' && requestLib ? requestLib.equivalentApiRequest(selected.request) : null),
    [selected, requestLib],
  );
  const fill = useMemo(
    () => (parsed?.ok && requestLib ? requestLib.fillUnresolved(parsed.request, parsed.unresolved, uiEquivalent, typedValues) : null),
    [parsed, requestLib, uiEquivalent, typedValues],
  );
  const uiValues = useMemo(() => {
    const out: Record<string, unknown> = {};
    if (parsed?.ok && uiEquivalent && requestLib) for (const u of parsed.unresolved) out[u.name] = requestLib.uiValue(uiEquivalent, u.name);
    return out;
  }, [parsed, uiEquivalent, requestLib]);

  const run: RunState | null = tab?.run ?? null;
  const explanation = run?.status === 'done' ? run.explanation : null;

  const onApiText = useCallback((v: string) => {
    setApiText(v);
    setHar(null);
    setUsingEquivalent(false);
    setProblem(null);
    setDraftDropped(null);
    setTypedValues({});
    typed.current = true;
  }, []);

  const onHarFile = useCallback(async (file: File) => {
    setProblem(null);
    const entries = await import('../../lib/request')
      .then(async ({ parseHar }) => parseHar(await file.text()))
      .catch(() => null);
    if (!entries) return setProblem(text('requestInternalError'));
    if (!entries.length) return setProblem(text('requestHarNoAdsets'));
    setHar({ entries, index: 0 });
    setUsingEquivalent(false);
    setApiText('');
    offerToken(entries[0]?.token);
  }, [offerToken]);

  const apiSide = (parsed: ParseResult | null): ApiSide | null | 'invalid' => {
    if (usingEquivalent) return null;
    if (har) {
      const e = har.entries[har.index]!;
      return { request: e.request, format: 'har', tokenFound: !!e.token };
    }
    if (parsed?.ok) {
      const f = parsed === parse?.result ? fill : (requestLib?.fillUnresolved(parsed.request, parsed.unresolved, uiEquivalent, typedValues) ?? null);
      return { request: f?.request ?? parsed.request, format: parsed.format, tokenFound: !!parsed.token, filled: f?.filled ?? [], missing: f?.missing ?? [] };
    }
    if (parsed && !parsed.ok) return 'invalid';
    return selected ? null : 'invalid';
  };

  const onExplain = async () => {
    setProblem(null);
    if (tabId == null) return;
    const now = await parseNow();
    const api = apiSide(now);
    if (api === 'invalid') return setProblem(now && !now.ok ? now.error : text('runNeedsRequest'));
    // A token in a request pasted a moment ago (before its parse was shown) is offered as usual, and used now.
    const found = now?.ok && typed.current && (!token || tokenFromRequest) ? now.token : null;
    const useToken = (found ?? token).trim();
    if (found) offerToken(found);
    if (!useToken) return setProblem(text('runNeedsToken'));
    if (remember) await saveToken(useToken);
    justRan.current = true;
    const startedAt = Date.now();
    showRun({ status: 'running', stage: 'diff', startedAt, captureId: selectedId });
    const request = { tabId, captureId: selected ? selectedId : null, api, token: useToken, wabaId: wabaId.trim() || null };
    setWaiting(true);
    const result = await sendMessage('explain', request).catch(async (): Promise<RunState | null> => {
      // The service worker was stopped mid-run (MV3 does that): waking it resumes the run from storage.session,
      // and the storage watch delivers the result. Anything else has no run to wait for: say so, never spin on.
      const state = await sendMessage('getTabState', tabId).catch(() => null);
      return state?.run?.status === 'running' ? state.run : null;
    });
    setWaiting(false);
    showRun(result ?? { status: 'failed', error: text('runNoAnswer'), startedAt });
  };

  // A run shown as running whose answer this popup is not waiting for (a reopened popup, or one whose message was
  // lost with a stopped worker: only the storage watch would end it) is checked now and then. The background reports
  // a run it no longer has as interrupted, and a background that stops answering is said. Without this, a lost run
  // would spin for ever. (While the answer is awaited the run may be one storage could not record: not checked.)
  const running = run?.status === 'running' && !waiting;
  useEffect(() => {
    if (!running || tabId == null) return;
    let misses = 0;
    const timer = setInterval(() => {
      void sendMessage('getTabState', tabId)
        .then((state) => {
          misses = 0;
          if (state.run?.status !== 'running') showRun(state.run ?? { status: 'failed', error: text('runInterrupted'), startedAt: Date.now() });
        })
        .catch(() => {
          if (++misses >= 3) showRun({ status: 'failed', error: text('runNoAnswer'), startedAt: Date.now() });
        });
    }, RUN_CHECK_MS);
    return () => clearInterval(timer);
  }, [running, tabId, showRun]);

  const onExport = async (kind: ExportKind) => {
    if (!explanation) return;
    const ok = await import('./exports').then((m) => m.exportArtifact(kind, explanation, token)).catch(() => false);
    setNotice(ok ? text('exportDone') : text('exportFailed'));
  };

  const onCopyMarkdown = async () => {
    if (!explanation) return;
    const ok = await import('./exports').then((m) => m.exportArtifact('markdown', explanation, token, 'clipboard')).catch(() => false);
    setNotice(ok ? text('exportCopied') : text('exportFailed'));
  };

  // Working vs failing is loaded only when used: it pulls in phone normalisation, which the first paint does not need.
  const cmpKey = baseline && explanation && baseline.finishedAt !== explanation.finishedAt ? `${baseline.finishedAt}:${explanation.finishedAt}` : null;
  const [cmp, setCmp] = useState<{ key: string; rows: ComparisonRow[] } | null>(null);
  useEffect(() => {
    if (!cmpKey || !baseline || !explanation) return;
    let live = true;
    void import('../../lib/explain/compare-bundles').then(({ compareBundles }) => {
      if (live) setCmp({ key: cmpKey, rows: compareBundles(baseline, explanation) });
    });
    return () => {
      live = false;
    };
  }, [cmpKey, baseline, explanation]);
  const comparison = cmp && cmp.key === cmpKey ? cmp.rows : null;

  // A problem, the progress or a failure appear under the button, maybe below the fold: bring them into view.
  const statusRef = useRef<HTMLDivElement>(null);
  const statusKey = `${problem?.key ?? ''}|${run?.status ?? ''}`;
  useEffect(() => {
    if (statusKey !== '|' && !statusKey.endsWith('|done')) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [statusKey]);

  // A new result below the fold of a 600 px popup: bring it into view and move focus there (screen readers too).
  const resultsRef = useRef<HTMLDivElement>(null);
  const shownFor = useRef<number | null>(null);
  useEffect(() => {
    if (!explanation || shownFor.current === explanation.finishedAt) return;
    shownFor.current = explanation.finishedAt;
    // A result restored on reopen stays where it is; a fresh one is brought into view.
    if (!justRan.current) return;
    justRan.current = false;
    resultsRef.current?.focus({ preventScroll: true });
    resultsRef.current?.scrollIntoView({ block: 'start' });
  }, [explanation]);

  if (tabId === undefined) return <main aria-busy="true" />;

  return (
    <main>
      <header className="app-header">
        <h1>{t('extName')}</h1>
        {tabId !== null && !new URLSearchParams(location.search).has('tabId') && (
          <a className="open-tab" href={`popup.html?tabId=${tabId}`} target="_blank" rel="noreferrer">
            {t('popupOpenInTab')}
          </a>
        )}
      </header>

      {tab && !tab.adsManager && captures.length === 0 && (
        <p className="callout" data-testid="not-ads-manager">
          {/* Ads Manager already open when the extension was installed or updated: its page has no hook until reloaded. */}
          {isAdsManagerUrl(tabUrl) ? t('popupReloadTab') : t('popupNoTab')}
        </p>
      )}

      {captures.length > 0 && (
        <section aria-labelledby="captures-title">
          <h2 id="captures-title">{t('popupCapturesTitle')}</h2>
          <CaptureList adsets={adsets} others={others} selectedId={selectedId} onSelect={setSelectedId} />
          <ChainList chains={chains} selectedId={selectedId} onSelect={setSelectedId} />
        </section>
      )}

      <RequestInput
        loading={tabId !== null && !draftReady}
        draftNote={
          apiText.length > MAX_DRAFT_CHARS
            ? text('popupDraftTooLong', MAX_DRAFT_CHARS.toLocaleString())
            : draftDropped !== null && !apiText
              ? text('popupDraftDropped', draftDropped.toLocaleString())
              : null
        }
        value={apiText}
        onChange={onApiText}
        parsed={parsed}
        canUseEquivalent={selected !== null}
        usingEquivalent={usingEquivalent}
        onUseEquivalent={() => {
          setUsingEquivalent(true);
          setHar(null);
          setProblem(null);
        }}
        onHarFile={(f) => void onHarFile(f)}
        harEntries={har?.entries ?? []}
        harIndex={har?.index ?? 0}
        onHarPick={(i) => setHar((h) => (h ? { ...h, index: i } : h))}
        fill={fill}
        uiValues={uiValues}
        typed={typedValues}
        onType={(name, value) => setTypedValues((cur) => ({ ...cur, [name]: value }))}
      />

      {!token && (
        <p className="guide-link">
          <a href="welcome.html" target="_blank" rel="noreferrer" data-testid="guide-link">
            {t('popupGuideLink')}
          </a>
        </p>
      )}

      <TokenField
        token={token}
        onChange={(v) => setToken(v)}
        fromRequest={tokenFromRequest}
        remember={remember}
        onRemember={(v) => {
          setRemember(v);
          if (!v) void forgetToken();
        }}
        onForget={() => {
          // Also stops a run still using the token, and deletes its saved job (nothing is resumed with it).
          if (tabId != null) void sendMessage('forgetRuns', { tabId, token }).catch(() => setProblem(text('runNoAnswer')));
          setToken('');
          setRemember(false);
          void forgetToken();
        }}
      />

      <details className="advanced">
        <summary>{t('popupAdvanced')}</summary>
        <label className="block">
          {t('popupWabaId')}
          <input value={wabaId} inputMode="numeric" onChange={(e) => setWabaId(e.target.value.replace(/\D/g, ''))} data-testid="waba-input" />
        </label>
      </details>

      <div className="actions">
        <button type="button" className="primary" data-testid="explain-button" disabled={run?.status === 'running'} onClick={() => void onExplain()}>
          {t('explainButton')}
        </button>
      </div>

      <div ref={statusRef}>
        {problem && (
          <p className="error" role="alert" data-testid="problem">
            {t(problem)}
          </p>
        )}
        {run?.status === 'running' && <RunProgress stage={run.stage} retrying={run.retrying} singleCalls={run.singleCalls} />}
        {run?.status === 'failed' && (
          <p className="error" role="alert" data-testid="run-error">
            {t(run.error)}
          </p>
        )}
      </div>

      {explanation && (
        <div className="results" data-testid="results" ref={resultsRef} tabIndex={-1}>
          <Findings findings={explanation.findings} />
          {explanation.diff && (
            <DiffTable diff={explanation.diff} filledFromUi={(explanation.api.filled ?? []).filter((f) => f.from === 'ads_manager').map((f) => f.name)} />
          )}
          <FactsView facts={explanation.facts} uiNumbers={numbersSeen(captures)} />
          <ExportMenu onExport={(k) => void onExport(k)} onCopyMarkdown={() => void onCopyMarkdown()} />
          {notice && (
            <p className="notice" role="status">
              {t(notice)}
            </p>
          )}
          <Comparison
            rows={comparison}
            hasBaseline={baseline !== null}
            onPin={() => {
              setBaseline(explanation);
              void sendMessage('setBaseline', explanation);
            }}
            onClear={() => {
              setBaseline(null);
              void sendMessage('setBaseline', null);
            }}
          />
        </div>
      )}
    </main>
  );
}
