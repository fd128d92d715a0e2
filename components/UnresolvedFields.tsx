import type { FilledRequest, UnresolvedField } from '../lib/request';
import { formatValue } from './format-value';
import { t } from './i18n';

interface Props {
  unresolved: UnresolvedField[];
  fill: FilledRequest;
  /** Ads Manager's value per field name (undefined: the capture does not have it, or no capture is selected). */
  uiValues: Record<string, unknown>;
  typed: Record<string, string>;
  onType: (name: string, value: string) => void;
}

/**
 * The fields the pasted code computes (`campaign_id ← campaignId`), each with the value the explanation will use:
 * Ads Manager's for the same field, or what the user types (which wins), or none (left out, and said so).
 */
export function UnresolvedFields(p: Props) {
  const filled = new Map(p.fill.filled.map((f) => [f.name, f]));
  return (
    <div className="unresolved" data-testid="unresolved-fields">
      <h3>{t('popupUnresolvedTitle')}</h3>
      <p className="hint">{t('popupUnresolvedHint')}</p>
      <ul>
        {p.unresolved.map((u) => {
          const f = filled.get(u.name);
          const isToken = u.name === 'access_token';
          const shown = p.typed[u.name] ?? (p.uiValues[u.name] === undefined ? '' : formatValue(p.uiValues[u.name]));
          return (
            <li key={u.name} data-testid="unresolved-field" data-name={u.name} data-from={isToken ? 'token' : (f?.from ?? 'missing')}>
              <label>
                <code className="name">{u.name}</code> ← <code className="source" title={`${u.line}:${u.column}`}>{u.source}</code>
                {isToken ? (
                  <span className="badge muted">{t('popupTokenFromField')}</span>
                ) : (
                  <>
                    <input
                      value={shown}
                      spellCheck={false}
                      aria-label={u.name}
                      onChange={(e) => p.onType(u.name, e.target.value)}
                    />
                    <span className={`badge ${f?.from ?? 'missing'}`}>
                      {f?.from === 'user' ? t('popupTypedByYou') : f ? t('popupFromAdsManager') : t('popupLeftOut')}
                    </span>
                  </>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
