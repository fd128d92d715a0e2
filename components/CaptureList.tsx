import type { Capture } from '../lib/model';
import { t } from './i18n';

interface Props {
  captures: Capture[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function endpoint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url.slice(0, 80);
  }
}

/** One captured request; recognised ad set submissions are selectable. */
function CaptureItem({ c, selected, onSelect }: { c: Capture; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <li data-testid="capture-item" data-kind={c.kind} className={selected ? 'selected' : ''}>
      <label>
        <input type="radio" name="capture" checked={selected} disabled={c.kind !== 'submission'} onChange={() => onSelect(c.id)} />
        <span className="capture-head">
          <span className="time">{time(c.capturedAt)}</span>
          {c.kind === 'submission' ? <span className="tag">{c.encoding}</span> : <span className="tag raw">{t('popupRawCapture')}</span>}
          <code className="endpoint">{endpoint(c.url)}</code>
        </span>
        {c.kind === 'submission' && (
          <dl className="ids">
            <dt>{t('idAdAccount')}</dt>
            <dd data-field="ad_account">{c.identifiers.adAccountId ?? '—'}</dd>
            <dt>{t('idPage')}</dt>
            <dd data-field="page_id">{c.identifiers.pageId ?? '—'}</dd>
            <dt>{t('idWhatsappNumber')}</dt>
            <dd data-field="whatsapp_phone_number">{c.identifiers.whatsappPhoneNumber ?? '—'}</dd>
            {c.identifiers.whatsappBusinessPhoneNumberId && (
              <>
                <dt>{t('idWabaPhoneNumberId')}</dt>
                <dd data-field="whats_app_business_phone_number_id" className="hidden-id">
                  {c.identifiers.whatsappBusinessPhoneNumberId}
                </dd>
              </>
            )}
            {c.identifiers.wabaId && (
              <>
                <dt>{t('idWabaId')}</dt>
                <dd data-field="waba_id">{c.identifiers.wabaId}</dd>
              </>
            )}
            {c.response?.error && (
              <>
                <dt>{t('idUiError')}</dt>
                <dd data-field="error">
                  {c.response.error.code}
                  {c.response.error.error_subcode ? ` / ${c.response.error.error_subcode}` : ''}
                </dd>
              </>
            )}
          </dl>
        )}
      </label>
    </li>
  );
}

/**
 * The tab's captured requests, newest first: ad set submissions in front; other Meta requests the hook kept (Ads
 * Manager sends many GraphQL calls) folded away, since they matter only for what their answers revealed.
 */
export function CaptureList({ captures, selectedId, onSelect }: Props) {
  if (!captures.length) return <p className="muted">{t('popupNoCaptures')}</p>;
  const submissions = captures.filter((c) => c.kind === 'submission');
  const others = captures.filter((c) => c.kind !== 'submission');
  const items = (list: Capture[]) => list.map((c) => <CaptureItem key={c.id} c={c} selected={c.id === selectedId} onSelect={onSelect} />);
  return (
    <>
      {submissions.length > 0 ? (
        <ul className="captures" aria-label={t('popupCapturesLabel')}>
          {items(submissions)}
        </ul>
      ) : (
        <p className="muted">{t('popupNoSubmissions')}</p>
      )}
      {others.length > 0 && (
        <details>
          <summary>{t('popupOtherCaptures', others.length)}</summary>
          <ul className="captures">{items(others)}</ul>
        </details>
      )}
    </>
  );
}
