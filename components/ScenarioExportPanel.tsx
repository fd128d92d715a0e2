import type { ScenarioTools } from './scenario-tools';
import { t } from './i18n';

/**
 * "Export as scenario": the file as it will be saved (read-only, scrollable), its size, what was removed and what
 * was left out, the "also mask ids" choice, then Save. Renders state only; the hook builds the file.
 */
export function ScenarioExportPanel({ tools, onSaved }: { tools: ScenarioTools; onSaved: (ok: boolean) => void }) {
  const p = tools.preview;
  return (
    <section className="panel scenario-export" aria-labelledby="scenario-title" data-testid="scenario-export">
      <h2 id="scenario-title">{t('scenarioTitle')}</h2>
      <p>{t('scenarioIntro')}</p>
      <label className="block">
        <input type="checkbox" checked={tools.maskIds} onChange={(e) => tools.setMaskIds(e.target.checked)} data-testid="scenario-mask-ids" />{' '}
        {t('scenarioMaskIds')}
      </label>
      {p.status === 'building' && <p role="status">{t('scenarioBuilding')}</p>}
      {p.status === 'unavailable' && (
        <p className="error" role="alert" data-testid="scenario-unavailable">
          {t('scenarioNoRecord')}
        </p>
      )}
      {p.status === 'failed' && (
        <p className="error" role="alert">
          {t('scenarioFailed')}
        </p>
      )}
      {p.status === 'ready' && (
        <>
          <label className="block">
            {t('scenarioPreviewLabel')}
            <textarea readOnly rows={12} value={p.text} spellCheck={false} data-testid="scenario-preview" />
          </label>
          <p data-testid="scenario-size">{t('scenarioSize', Math.max(1, Math.round(p.result.bytes / 1024)))}</p>
          <p>{t('scenarioRemoved', p.result.pseudonyms)}</p>
          <p>{p.result.maskedIds > 0 ? t('scenarioIdsMasked', p.result.maskedIds) : t('scenarioIdsKept')}</p>
          <h3>{t('scenarioLeftOutTitle')}</h3>
          {p.result.leftOut.length === 0 ? (
            <p>{t('scenarioLeftOutNothing')}</p>
          ) : (
            <ul data-testid="scenario-left-out">
              {p.result.leftOut.map((l) => (
                <li key={l.kind}>{t(`scenarioLeftOut_${l.kind}`, l.count)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={p.status !== 'ready'} onClick={() => void tools.save().then(onSaved, () => onSaved(false))} data-testid="scenario-save">
          {t('scenarioSave')}
        </button>
        <button type="button" className="secondary" onClick={tools.closePreview}>
          {t('scenarioClose')}
        </button>
      </div>
    </section>
  );
}
