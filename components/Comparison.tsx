import { formatValue } from './format-value';
import { t } from './i18n';
import type { Text } from '../lib/i18n';

export interface ComparisonRow {
  path: string;
  working: unknown;
  failing: unknown;
  why: Text;
}

interface Props {
  rows: ComparisonRow[] | null;
  hasBaseline: boolean;
  onPin: () => void;
  onClear: () => void;
}

/** Working vs failing: keep one result as "works" (user A), run another (user B), see which facts differ. */
export function Comparison({ rows, hasBaseline, onPin, onClear }: Props) {
  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compareTitle')}</h2>
      <p className="hint">{hasBaseline ? t('compareHintPinned') : t('compareHint')}</p>
      <div className="row">
        <button type="button" className="secondary" onClick={onPin} data-testid="compare-pin">
          {t('comparePin')}
        </button>
        {hasBaseline && (
          <button type="button" className="secondary" onClick={onClear}>
            {t('compareClear')}
          </button>
        )}
      </div>
      {rows && (
        <div className="table-wrap">
          {rows.length === 0 ? (
            <p>{t('compareNoDifferences')}</p>
          ) : (
            <table className="diff">
              <thead>
                <tr>
                  <th scope="col">{t('compareColFact')}</th>
                  <th scope="col">{t('compareColWorking')}</th>
                  <th scope="col">{t('compareColFailing')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.path} data-testid="compare-row" data-path={r.path}>
                    <th scope="row">
                      <code>{r.path}</code>
                      <span className="why">{t(r.why)}</span>
                    </th>
                    <td>
                      <code>{formatValue(r.working)}</code>
                    </td>
                    <td>
                      <code>{formatValue(r.failing)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
