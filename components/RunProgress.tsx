import { EXPLAIN_STAGES, type ExplainStage } from '../lib/explain/stages';
import { t } from './i18n';

const KEYS = { diff: 'runStageDiff', graph: 'runStageGraph', rules: 'runStageRules' } as const;

/** Progress while the Graph batch runs. */
export function RunProgress({ stage, retrying = false, singleCalls = 0 }: { stage: ExplainStage; retrying?: boolean; singleCalls?: number }) {
  const at = EXPLAIN_STAGES.indexOf(stage);
  return (
    <div className="progress" role="status" aria-live="polite" data-testid="run-progress">
      <span className="spinner" aria-hidden="true" />
      <ol>
        {EXPLAIN_STAGES.map((s, i) => (
          <li key={s} className={i < at ? 'done' : i === at ? 'now' : ''}>
            {t(KEYS[s])}
          </li>
        ))}
      </ol>
      {retrying && <p className="retrying">{t('runRetrying')}</p>}
      {singleCalls > 0 && (
        <p className="retrying" data-testid="run-single-calls">
          {t('runSingleCalls', singleCalls)}
        </p>
      )}
    </div>
  );
}
