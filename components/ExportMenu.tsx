import { t } from './i18n';

export type ExportKind = 'json' | 'markdown' | 'curl';

/** The exports. Every one is built from the redacted report (the scenario by lib/scenario/export): tokens never appear in any of them. */
export function ExportMenu({ onExport, onCopyMarkdown, onExportScenario }: { onExport: (kind: ExportKind) => void; onCopyMarkdown: () => void; onExportScenario?: () => void }) {
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <div className="row">
        <button type="button" data-testid="export-json" onClick={() => onExport('json')}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-markdown" onClick={() => onExport('markdown')}>
          {t('exportMarkdown')}
        </button>
        <button type="button" data-testid="export-curl" onClick={() => onExport('curl')}>
          {t('exportCurl')}
        </button>
        {onExportScenario && (
          <button type="button" data-testid="export-scenario" onClick={onExportScenario}>
            {t('scenarioExportButton')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCopyMarkdown}>
          {t('exportCopyMarkdown')}
        </button>
      </div>
    </section>
  );
}
