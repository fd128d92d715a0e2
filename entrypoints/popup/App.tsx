import { CaptureList } from '../../components/CaptureList';
import { ChainList } from '../../components/ChainList';
import { Comparison } from '../../components/Comparison';
import { DiffTable } from '../../components/DiffTable';
import { ExportMenu } from '../../components/ExportMenu';
import { FactsView } from '../../components/FactsView';
import { Findings } from '../../components/Findings';
import { t } from '../../components/i18n';
import { RequestInput } from '../../components/RequestInput';
import { RunProgress } from '../../components/RunProgress';
import { ScenarioExportPanel } from '../../components/ScenarioExportPanel';
import { WrongExplanationPanel } from '../../components/WrongExplanationPanel';
import { TokenField } from '../../components/TokenField';
import { numbersSeen } from '../../lib/capture/ui-seen';
import { isAdsManagerUrl } from '../../lib/page-contract/ads-manager-pages';
import { text } from '../../lib/i18n/text';
import { draftNote } from '../../lib/popup-state';
import type { Opening } from './state/opening';
import { usePopup } from './state/use-popup';

// Layout only: what the popup shows and does lives in ./state (hooks), what it decides in lib/popup-state.ts.

/** The popup for one opening: rendered once the stored state is read (main.tsx), so its first paint is the tab as
 * it was left. */
export function App({ open }: { open: Opening }) {
  const { tabId, tabUrl, tab, selection, request, token, wabaId, setWabaId, run, explanation, baseline, comparison, problem, notice, setNotice, actions, scenarioTools, statusRef, resultsRef } = usePopup(open);
  const { captures, adsets, chains, others, selectedId, select, selected } = selection;

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
          <CaptureList adsets={adsets} others={others} selectedId={selectedId} onSelect={select} />
          <ChainList chains={chains} selectedId={selectedId} onSelect={select} />
        </section>
      )}

      <RequestInput
        draftNote={draftNote(request.apiText, request.draftDropped)}
        value={request.apiText}
        onChange={request.onApiText}
        parsed={request.parsed}
        canUseEquivalent={selected !== null}
        usingEquivalent={request.usingEquivalent}
        onUseEquivalent={request.useEquivalent}
        onHarFile={(f) => void request.onHarFile(f)}
        harEntries={request.har?.entries ?? []}
        harIndex={request.har?.index ?? 0}
        onHarPick={request.pickHar}
        fill={request.fill}
        uiValues={request.uiValues}
        typed={request.typedValues}
        onType={request.onType}
      />

      {!token.token && (
        <p className="guide-link">
          <a href="welcome.html" target="_blank" rel="noreferrer" data-testid="guide-link">
            {t('popupGuideLink')}
          </a>
        </p>
      )}

      <TokenField
        token={token.token}
        onChange={token.set}
        fromRequest={token.fromRequest}
        remember={token.remember}
        onRemember={token.setRemember}
        onForget={actions.forgetToken}
      />

      <details className="advanced">
        <summary>{t('popupAdvanced')}</summary>
        <label className="block">
          {t('popupWabaId')}
          <input value={wabaId} inputMode="numeric" onChange={(e) => setWabaId(e.target.value.replace(/\D/g, ''))} data-testid="waba-input" />
        </label>
      </details>

      <div className="actions">
        <button type="button" className="primary" data-testid="explain-button" disabled={run?.status === 'running'} onClick={() => void actions.explain()}>
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
          <Findings findings={explanation.findings} onReportWrong={scenarioTools.openWrong} />
          {scenarioTools.wrongOpen && <WrongExplanationPanel tools={scenarioTools} />}
          {explanation.diff && (
            <DiffTable diff={explanation.diff} filledFromUi={(explanation.api.filled ?? []).filter((f) => f.from === 'ads_manager').map((f) => f.name)} />
          )}
          <FactsView facts={explanation.facts} uiNumbers={numbersSeen(captures)} />
          <ExportMenu onExport={(k) => void actions.export(k)} onCopyMarkdown={() => void actions.copyMarkdown()} onExportScenario={scenarioTools.openPreview} />
          {scenarioTools.previewOpen && <ScenarioExportPanel tools={scenarioTools} onSaved={(ok) => setNotice(text(ok ? 'scenarioSaved' : 'exportFailed'))} />}
          {notice && (
            <p className="notice" role="status">
              {t(notice)}
            </p>
          )}
          <Comparison rows={comparison} hasBaseline={baseline !== null} onPin={actions.pin} onClear={actions.unpin} />
        </div>
      )}
    </main>
  );
}
