import { TOKEN_PERMISSIONS } from '../lib/graph/token-permissions';
import { t } from './i18n';

const EXPLORER_URL = 'https://developers.facebook.com/tools/explorer/';

const SECTIONS = [
  { id: 'data', title: 'welcomeDataTitle' },
  { id: 'token', title: 'welcomeTokenTitle' },
  { id: 'permissions', title: 'welcomePermsTitle' },
  { id: 'system-user', title: 'welcomeSystemTitle' },
  { id: 'start', title: 'welcomeStartTitle' },
] as const;

/**
 * The first-run guide: what the extension reads, stores and sends, then how to get a token and why each permission.
 * Static text only — it renders messages and links, and touches no storage.
 */
export function WelcomeGuide() {
  return (
    <>
      <header>
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p className="lead">{t('welcomeLead')}</p>
        </div>
      </header>
      <nav aria-labelledby="toc-title">
        <h2 id="toc-title" className="toc-title">
          {t('welcomeNavLabel')}
        </h2>
        <ol>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{t(s.title)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <main>
        <section id="data" aria-labelledby="data-title" tabIndex={-1} data-testid="welcome-data">
          <h2 id="data-title">{t('welcomeDataTitle')}</h2>
          <dl className="data">
            <div>
              <dt>{t('welcomeReadsTerm')}</dt>
              <dd>{t('welcomeReadsText')}</dd>
            </div>
            <div>
              <dt>{t('welcomeStoresTerm')}</dt>
              <dd>{t('welcomeStoresText')}</dd>
            </div>
            <div>
              <dt>{t('welcomeSendsTerm')}</dt>
              <dd>{t('welcomeSendsText')}</dd>
            </div>
          </dl>
        </section>

        <section id="token" aria-labelledby="token-title" tabIndex={-1} data-testid="welcome-token">
          <h2 id="token-title">{t('welcomeTokenTitle')}</h2>
          <p>{t('welcomeTokenIntro')}</p>
          <ol className="steps">
            <li>
              {t('welcomeTokenStep1')}{' '}
              <a href={EXPLORER_URL} target="_blank" rel="noopener noreferrer">
                developers.facebook.com/tools/explorer
              </a>
            </li>
            <li>{t('welcomeTokenStep2')}</li>
            <li>{t('welcomeTokenStep3')}</li>
            <li>
              {t('welcomeTokenStep4')}
              <ul className="scopes" data-testid="welcome-scopes">
                {TOKEN_PERMISSIONS.map((p) => (
                  <li key={p.scope}>
                    <code>{p.scope}</code>
                  </li>
                ))}
              </ul>
            </li>
            <li>{t('welcomeTokenStep5')}</li>
            <li>{t('welcomeTokenStep6')}</li>
          </ol>
          <p className="note">{t('welcomeTokenExpiry')}</p>
        </section>

        <section id="permissions" aria-labelledby="permissions-title" tabIndex={-1}>
          <h2 id="permissions-title">{t('welcomePermsTitle')}</h2>
          <p>{t('welcomePermsIntro')}</p>
          <dl className="permissions" data-testid="welcome-permissions">
            {TOKEN_PERMISSIONS.map((p) => (
              <div key={p.scope} data-scope={p.scope}>
                <dt>
                  <code>{p.scope}</code>
                </dt>
                <dd>{t(p.usedFor)}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section id="system-user" aria-labelledby="system-user-title" tabIndex={-1}>
          <h2 id="system-user-title">{t('welcomeSystemTitle')}</h2>
          <p>{t('welcomeSystemIntro')}</p>
          <ol className="steps">
            <li>{t('welcomeSystemStep1')}</li>
            <li>{t('welcomeSystemStep2')}</li>
            <li>{t('welcomeSystemStep3')}</li>
            <li>{t('welcomeSystemStep4')}</li>
          </ol>
        </section>

        <section id="start" aria-labelledby="start-title" tabIndex={-1}>
          <h2 id="start-title">{t('welcomeStartTitle')}</h2>
          <p>{t('welcomeStartText')}</p>
          <p className="note">{t('welcomeReopen')}</p>
        </section>
      </main>
    </>
  );
}
