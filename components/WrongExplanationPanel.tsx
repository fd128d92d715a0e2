import { useState } from 'react';
import type { ScenarioTools } from './scenario-tools';
import { t } from './i18n';

/**
 * "This explanation looks wrong": a prefilled report to copy (the user writes what they expected on its last line)
 * and the scenario export to attach. The extension sends nothing; the user takes both wherever they report.
 */
export function WrongExplanationPanel({ tools }: { tools: ScenarioTools }) {
  // Remounted when the prefilled text arrives, so the user's edits start from it.
  return <ReportEditor key={tools.wrongReport ?? ''} tools={tools} />;
}

function ReportEditor({ tools }: { tools: ScenarioTools }) {
  const [draft, setDraft] = useState<string | null>(tools.wrongReport);
  const [copied, setCopied] = useState(false);
  return (
    <section className="panel wrong-explanation" aria-labelledby="wrong-title" data-testid="wrong-explanation">
      <h2 id="wrong-title">{t('wrongTitle')}</h2>
      <p>{t('wrongIntro')}</p>
      <label className="block">
        {t('wrongReportLabel')}
        <textarea rows={10} value={draft ?? ''} onChange={(e) => setDraft(e.target.value)} data-testid="wrong-report" />
      </label>
      <div className="row">
        <button
          type="button"
          disabled={draft === null}
          onClick={() =>
            void navigator.clipboard
              .writeText(draft ?? '')
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
          data-testid="wrong-copy"
        >
          {t('wrongCopy')}
        </button>
        <button type="button" onClick={tools.openPreview} data-testid="wrong-export-scenario">
          {t('scenarioExportButton')}
        </button>
        <button type="button" className="secondary" onClick={tools.closeWrong}>
          {t('scenarioClose')}
        </button>
      </div>
      {copied && (
        <p className="notice" role="status">
          {t('wrongCopied')}
        </p>
      )}
    </section>
  );
}
