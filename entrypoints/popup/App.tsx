import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CaptureList } from '../../components/CaptureList';
import { isAdsManagerUrl } from '../../lib/capture/ads-manager-pages';
import { assembleAdsets } from '../../lib/capture/assemble';
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
import type { ParsedRequest } from '../../lib/request';
import type { RunState } from '../../lib/run-state';
import { sendMessage } from './messaging';
import { forgetToken, loadDraft, loadToken, saveDraft, saveToken, watchTab } from './popup-storage';
import { targetTab } from './target-tab';

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
  /** Set when the user starts a run, so its result (not one restored on reopen) is brought into view. */
  const justRan = useRef(false);

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
      setTab(state);
      const adsetIds = assembleAdsets(state?.captures ?? []).map((a) => a.id);
      setSelectedId(draft?.selectedId && adsetIds.includes(draft.selectedId) ? draft.selectedId : (adsetIds[0] ?? null));
      if (draft) {
        setApiText(draft.apiText);
        setUsingEquivalent(draft.usingEquivalent);
      }
      setDraftReady(true);
      stop = watchTab(id, {
        captures: (captures) => {
          setTab((s) => (s ? { ...s, captures, adsManager: true } : s));
          setSelectedId((cur) => cur ?? assembleAdsets(captures)[0]?.id ?? null);
        },
        run: (run) => setTab((s) => (s ? { ...s, run } : s)),
      });
    })();
    return () => stop();
  }, []);

  // Keep what the user typed (without the token) so a closed popup reopens to the same state.
  useEffect(() => {
    if (tabId == null || !draftReady) return;
    void saveDraft(tabId, { apiText, selectedId, usingEquivalent }, token);
  }, [tabId, draftReady, apiText, selectedId, usingEquivalent, token]);

  const captures = useMemo(() => tab?.captures ?? [], [tab]);
  // One ad set per draft fragment (create + updates + publish): what is listed, selected and compared.
  const adsets = useMemo(() => assembleAdsets(captures), [captures]);
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
  // Code is read by a grammar loaded on demand: the first answer may be "loading"; once the grammar is in, read again.
  const [codeReady, setCodeReady] = useState(0);
  const parsed = useMemo(
    () => (har || !apiText.trim() || !requestLib || codeReady < 0 ? null : requestLib.parseApiRequest(apiText)),
    [apiText, har, requestLib, codeReady],
  );
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

  // Fields the code computes take Ads Manager's value for the same field; what the user types wins.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const uiEquivalent = useMemo(
    () => (selected?.kind === 'submission' && requestLib ? requestLib.equivalentApiRequest(selected.request) : null),
    [selected, requestLib],
  );
  const fill = useMemo(
    () => (parsed?.ok && requestLib ? requestLib.fillUnresolved(parsed.request, parsed.unresolved, uiEquivalent, typed) : null),
    [parsed, requestLib, uiEquivalent, typed],
  );
  const uiValues = useMemo(() => {
    const out: Record<string, unknown> = {};
    if (parsed?.ok && uiEquivalent && requestLib) for (const u of parsed.unresolved) out[u.name] = requestLib.uiValue(uiEquivalent, u.name);
    return out;
  }, [parsed, uiEquivalent, requestLib]);

  const run: RunState | null = tab?.run ?? null;
  const explanation = run?.status === 'done' ? run.explanation : null;

  /** A token found in what the user pasted is offered as the token (the parser removes it from the request). */
  const offerToken = useCallback((found: string | null | undefined) => {
    if (found) setTokenState((cur) => (!cur.value || cur.fromRequest ? { value: found, fromRequest: true } : cur));
  }, []);

  const onApiText = useCallback(
    (v: string) => {
      setApiText(v);
      setHar(null);
      setUsingEquivalent(false);
      setProblem(null);
      setTyped({});
      if (v.trim()) void import('../../lib/request').then(async (lib) => {
        const p = await lib.readApiRequest(v);
        if (p.ok) offerToken(p.token);
      });
    },
    [offerToken],
  );

  const onHarFile = useCallback(async (file: File) => {
    setProblem(null);
    const { parseHar } = await import('../../lib/request');
    const entries = parseHar(await file.text());
    if (!entries.length) return setProblem(text('requestHarNoAdsets'));
    setHar({ entries, index: 0 });
    setUsingEquivalent(false);
    setApiText('');
    offerToken(entries[0]?.token);
  }, [offerToken]);

  const apiSide = (): ApiSide | null | 'invalid' => {
    if (usingEquivalent) return null;
    if (har) {
      const e = har.entries[har.index]!;
      return { request: e.request, format: 'har', tokenFound: !!e.token };
    }
    if (parsed?.ok) {
      const request = fill?.request ?? parsed.request;
      return { request, format: parsed.format, tokenFound: !!parsed.token, filled: fill?.filled ?? [], missing: fill?.missing ?? [] };
    }
    if (parsed && !parsed.ok) return 'invalid';
    return selected ? null : 'invalid';
  };

  const onExplain = async () => {
    setProblem(null);
    if (tabId == null) return;
    const api = apiSide();
    if (api === 'invalid') return setProblem(parsed && !parsed.ok ? parsed.error : text('runNeedsRequest'));
    if (!token.trim()) return setProblem(text('runNeedsToken'));
    if (remember) await saveToken(token.trim());
    justRan.current = true;
    setTab((s) => (s ? { ...s, run: { status: 'running', stage: 'diff', startedAt: Date.now(), captureId: selectedId } } : s));
    const request = { tabId, captureId: selected ? selectedId : null, api, token: token.trim(), wabaId: wabaId.trim() || null };
    const result = await sendMessage('explain', request).catch(async (): Promise<RunState | null> => {
      // The service worker was stopped mid-run (MV3 does that): waking it resumes the run from storage.session,
      // and the storage watch delivers the result. Only a worker that cannot be reached at all is a failure.
      const state = await sendMessage('getTabState', tabId).catch(() => null);
      return state ? state.run : { status: 'failed', error: text('runInternalError'), startedAt: Date.now() };
    });
    if (result) setTab((s) => (s ? { ...s, run: result } : s));
  };

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
        </section>
      )}

      <RequestInput
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
        typed={typed}
        onType={(name, value) => setTyped((cur) => ({ ...cur, [name]: value }))}
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
        {run?.status === 'running' && <RunProgress stage={run.stage} retrying={run.retrying} />}
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
