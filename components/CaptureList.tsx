import type { AssembledAdset, HistoryStep } from '../lib/capture/assemble';
import type { Capture, FragmentOutcome } from '../lib/model';
import { Fold } from './Fold';
import { formatValue } from './format-value';
import { t } from './i18n';

interface Props {
  /** Ad sets as Ads Manager submits them (a draft fragment's create, updates and publish as one), newest first. */
  adsets: AssembledAdset[];
  /** Other captured Meta requests (no ad set in them). */
  others: Capture[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

// One formatter for every time shown: `toLocaleTimeString` with options builds a new one per call, which was the
// largest script cost of opening the popup on 50 captures (BENCHMARKS.md, "5 Popup").
let timeFormat: Intl.DateTimeFormat | null = null;
function time(ms: number): string {
  timeFormat ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return timeFormat.format(ms);
}

function endpoint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url.slice(0, 80);
  }
}

const STEP_KEY: Record<HistoryStep['kind'], string> = {
  create: 'popupHistoryCreate',
  update: 'popupHistoryUpdate',
  multi: 'popupHistoryMulti',
  quick_create: 'popupHistoryQuickCreate',
  create_and_publish: 'popupHistoryCreateAndPublish',
  publish: 'popupHistoryPublish',
  form: 'popupHistorySubmitted',
  json: 'popupHistorySubmitted',
  batch: 'popupHistorySubmitted',
  draft_fragment: 'popupHistorySubmitted',
  graphql: 'popupHistorySubmitted',
};

function outcomeText(o: FragmentOutcome): string {
  if (o.status === 'published') return o.adObjectId ? t('popupOutcomePublishedAs', o.adObjectId) : t('popupOutcomePublished');
  if (o.status === 'failed') {
    const code = o.error?.code !== undefined ? `${o.error.code}${o.error.error_subcode ? ` / ${o.error.error_subcode}` : ''}` : null;
    return code ? t('popupOutcomeFailedCode', code) : t('popupOutcomeFailed');
  }
  return t('popupOutcomeInProgress');
}

/** Which capture set which field: one line per request, oldest first. */
function History({ a }: { a: AssembledAdset }) {
  return (
    <Fold className="history" testId="adset-history" summary={t('popupAdsetHistory', a.history.length)}>
      <ol>
        {a.history.map((h) => {
          const fields = Object.keys(h.fields);
          return (
            <li key={`${h.captureId}:${h.kind}`} data-testid="history-step" data-kind={h.kind}>
              <span className="time">{time(h.capturedAt)}</span> <strong>{t(STEP_KEY[h.kind])}</strong>
              {h.outcome ? (
                <span className={`outcome ${h.outcome.status}`}> {outcomeText(h.outcome)}</span>
              ) : h.kind !== 'publish' ? (
                <span className="set-fields">
                  {': '}
                  {fields.length ? fields.map((f, i) => (
                    <span key={f}>
                      {i > 0 && ', '}
                      {a.setBy[f] === h.captureId ? (
                        <code className="kept">{f}</code>
                      ) : (
                        <code className="overridden" title={t('popupHistoryOverridden')}>
                          {f}
                        </code>
                      )}
                    </span>
                  )) : t('popupHistoryNoFields')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Fold>
  );
}

/** Ads Manager's own bookkeeping: shown for what it is, folded, never compared. */
function Bookkeeping({ values }: { values: Record<string, unknown> }) {
  const entries = Object.entries(values);
  if (!entries.length) return null;
  return (
    <Fold className="bookkeeping" testId="bookkeeping" summary={t('popupBookkeeping', entries.length)}>
      <p className="hint">{t('popupBookkeepingHint')}</p>
      <dl className="ids">
        {entries.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>
              <code>{k}</code>
            </dt>
            <dd>{formatValue(v, 120)}</dd>
          </div>
        ))}
      </dl>
    </Fold>
  );
}

/** One ad set; selecting it compares its assembled spec. */
function AdsetItem({ a, selected, onSelect }: { a: AssembledAdset; selected: boolean; onSelect: (id: string) => void }) {
  const s = a.submission;
  const isDraft = s.draft !== null && s.draft !== undefined;
  return (
    <li data-testid="capture-item" data-kind="submission" data-adset-id={a.id} className={selected ? 'selected' : ''}>
      <label>
        <input type="radio" name="capture" checked={selected} onChange={() => onSelect(a.id)} />
        <span className="capture-head">
          <span className="time">{time(a.capturedAt)}</span>
          <span className="tag">{isDraft ? t('popupDraftTag') : s.encoding}</span>
          {a.outcome && (
            <span className={`tag outcome ${a.outcome.status}`} data-testid="adset-outcome" data-status={a.outcome.status}>
              {outcomeText(a.outcome)}
            </span>
          )}
          <code className="endpoint">{endpoint(s.url)}</code>
        </span>
        <dl className="ids">
          <dt>{t('idAdAccount')}</dt>
          <dd data-field="ad_account">{s.identifiers.adAccountId ?? '—'}</dd>
          <dt>{t('idPage')}</dt>
          <dd data-field="page_id">{s.identifiers.pageId ?? '—'}</dd>
          <dt>{t('idWhatsappNumber')}</dt>
          <dd data-field="whatsapp_phone_number">{s.identifiers.whatsappPhoneNumber ?? '—'}</dd>
          {s.identifiers.whatsappBusinessPhoneNumberId && (
            <>
              <dt>{t('idWabaPhoneNumberId')}</dt>
              <dd data-field="whats_app_business_phone_number_id" className="hidden-id">
                {s.identifiers.whatsappBusinessPhoneNumberId}
              </dd>
            </>
          )}
          {s.identifiers.wabaId && (
            <>
              <dt>{t('idWabaId')}</dt>
              <dd data-field="waba_id">{s.identifiers.wabaId}</dd>
            </>
          )}
          {s.response?.error && (
            <>
              <dt>{t('idUiError')}</dt>
              <dd data-field="error">
                {s.response.error.code}
                {s.response.error.error_subcode ? ` / ${s.response.error.error_subcode}` : ''}
              </dd>
            </>
          )}
        </dl>
      </label>
      {(isDraft || a.history.length > 1) && <History a={a} />}
      <Bookkeeping values={s.bookkeeping ?? {}} />
    </li>
  );
}

/** Another Meta request the hook kept: not selectable. */
function OtherItem({ c }: { c: Capture }) {
  return (
    <li data-testid="capture-item" data-kind={c.kind}>
      <span className="capture-head">
        <span className="time">{time(c.capturedAt)}</span>
        <span className="tag raw">{t('popupRawCapture')}</span>
        <code className="endpoint">{endpoint(c.url)}</code>
      </span>
    </li>
  );
}

/**
 * The tab's ad sets, newest first: each one as Ads Manager publishes it, with the requests that made it. Other Meta
 * requests the hook kept (Ads Manager sends many GraphQL calls) are folded away: they matter only for what their
 * answers revealed.
 */
export function CaptureList({ adsets, others, selectedId, onSelect }: Props) {
  if (!adsets.length && !others.length) return <p className="muted">{t('popupNoCaptures')}</p>;
  return (
    <>
      {adsets.length > 0 ? (
        <ul className="captures" aria-label={t('popupCapturesLabel')}>
          {adsets.map((a) => (
            <AdsetItem key={a.id} a={a} selected={a.id === selectedId} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('popupNoSubmissions')}</p>
      )}
      {others.length > 0 && (
        <Fold testId="other-captures" summary={t('popupOtherCaptures', others.length)}>
          <ul className="captures">
            {others.map((c) => (
              <OtherItem key={c.id} c={c} />
            ))}
          </ul>
        </Fold>
      )}
    </>
  );
}
