import { useState } from 'react';
import { t } from './i18n';

interface Props {
  token: string;
  onChange: (v: string) => void;
  /** The token was taken from the pasted request. */
  fromRequest: boolean;
  remember: boolean;
  onRemember: (v: boolean) => void;
  onForget: () => void;
}

/** The user's access token: masked, kept in memory, in storage.session only when asked, with a clear "forget". */
export function TokenField(p: Props) {
  const [shown, setShown] = useState(false);
  return (
    <section className="panel" aria-labelledby="token-title">
      <h2 id="token-title">{t('popupTokenTitle')}</h2>
      <div className="row">
        <input
          id="token"
          data-testid="token-input"
          type={shown ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={p.token}
          placeholder="EAA…"
          aria-label={t('popupTokenTitle')}
          aria-describedby="token-hint"
          onChange={(e) => p.onChange(e.target.value)}
        />
        <button type="button" className="secondary" onClick={() => setShown(!shown)} aria-pressed={shown}>
          {shown ? t('popupTokenHide') : t('popupTokenShow')}
        </button>
        <button type="button" className="secondary" data-testid="token-forget" onClick={p.onForget} disabled={!p.token}>
          {t('popupTokenForget')}
        </button>
      </div>
      <p id="token-hint" className="hint">
        {p.fromRequest ? t('popupTokenFromRequest') : t('popupTokenHint')}
      </p>
      <label className="check">
        <input type="checkbox" checked={p.remember} onChange={(e) => p.onRemember(e.target.checked)} data-testid="token-remember" />
        {t('popupTokenRemember')}
      </label>
    </section>
  );
}
