import type { AssembledChain, AssembledObject, ChainObject, ChainStatus } from '../lib/capture';
import type { AdLevel } from '../lib/model';
import { t } from './i18n';

interface Props {
  /** Publishes, newest first (lib/capture/chain.ts). */
  chains: AssembledChain[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Which objects can be chosen for the comparison (today: ad sets, as the comparison reads them). */
  selectable?: (o: AssembledObject) => boolean;
}

const LEVEL_KEY: Record<AdLevel, string> = {
  campaign: 'chainLevelCampaign',
  adset: 'chainLevelAdset',
  ad: 'chainLevelAd',
  creative: 'chainLevelCreative',
};

const STATUS_KEY: Record<ChainStatus, string> = {
  published: 'chainStatusPublished',
  failed: 'chainStatusFailed',
  in_progress: 'chainStatusInProgress',
  draft: 'chainStatusDraft',
  unknown: 'chainStatusUnknown',
};

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** What tells one object from another at a glance: its name and the level's own identifiers. */
function keyFacts(o: AssembledObject): Array<[string, string]> {
  const s = o.submission;
  const id = s.identifiers;
  const name = typeof s.request.fields.name === 'string' ? s.request.fields.name : null;
  const facts: Array<[string, string | null | undefined]> = [['name', name]];
  if (o.level === 'campaign') facts.push(['objective', id.objective]);
  if (o.level === 'adset') facts.push(['page_id', id.pageId], ['whatsapp_phone_number', id.whatsappPhoneNumber]);
  if (o.level === 'ad') facts.push(['adset_id', id.adsetId], ['creative_id', id.creativeId]);
  if (o.level === 'creative') {
    facts.push(['page_id', id.pageId], ['instagram_user_id', id.instagramUserId], ['instagram_actor_id', id.instagramActorId]);
    facts.push(['call_to_action', id.callToActionType ? [id.callToActionType, id.appDestination].filter(Boolean).join(' → ') : null]);
  }
  return facts.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1].length > 0);
}

function errorText(o: ChainObject): string | null {
  const e = o.error;
  if (!e || e.code === undefined) return null;
  return t('chainErrorCode', `${e.code}${e.error_subcode ? ` / ${e.error_subcode}` : ''}`);
}

function ObjectItem({ o, failedHere, selected, onSelect, canSelect }: { o: ChainObject; failedHere: boolean; selected: boolean; onSelect: (id: string) => void; canSelect: boolean }) {
  const level = o.object.level;
  const error = errorText(o);
  return (
    <li
      data-testid="chain-object"
      data-level={level}
      data-status={o.status}
      data-failed-level={failedHere ? 'true' : 'false'}
      className={`chain-object${failedHere ? ' failed-level' : ''}${selected ? ' selected' : ''}`}
    >
      <span className="capture-head">
        <strong className="level-name">{t(LEVEL_KEY[level])}</strong>
        {o.object.submission.inlineIn && <span className="tag">{t('chainInlineCreative')}</span>}
        <span className={`tag outcome ${o.status}`} data-testid="chain-status">
          {t(STATUS_KEY[o.status])}
          {o.objectId ? ` ${o.objectId}` : ''}
        </span>
        {error && <span className="outcome failed">{error}</span>}
        {/* Not colour alone: the failing level says so in words. */}
        {failedHere && (
          <strong className="failed-here" data-testid="chain-failed-here">
            {t('chainFailedHere')}
          </strong>
        )}
      </span>
      <dl className="ids">
        {keyFacts(o.object).map(([k, v]) => (
          <div key={k} className="contents">
            <dt>
              <code>{k}</code>
            </dt>
            <dd data-field={k}>{v}</dd>
          </div>
        ))}
      </dl>
      {canSelect && (
        <button type="button" className="link" aria-pressed={selected} onClick={() => onSelect(o.object.id)}>
          {t('chainCompare')}
        </button>
      )}
    </li>
  );
}

/**
 * Each publish as the chain Ads Manager built: campaign → ad set → ad → creative, parent first, each object with how
 * it ended and the first level that failed marked (where a diagnosis starts). Plain lists and buttons, so the keyboard
 * reaches everything in reading order.
 */
export function ChainList({ chains: all, selectedId, onSelect, selectable = (o) => o.level === 'adset' }: Props) {
  // A publish of a lone ad set is the capture list's already: the chain view is for the other levels.
  const chains = all.filter((c) => c.levels.some((l) => l.level !== 'adset'));
  if (!chains.length) return null;
  return (
    <section aria-labelledby="chains-title" data-testid="chain-list">
      <h3 id="chains-title">{t('chainTitle')}</h3>
      <ul className="captures chains">
        {chains.map((chain) => (
          <li key={chain.id} data-testid="chain" data-failed-level={chain.failedLevel ?? ''}>
            <span className="capture-head">
              <span className="time">{time(chain.capturedAt)}</span>
              <span className={`tag outcome ${chain.failedLevel ? 'failed' : 'published'}`} data-testid="chain-summary">
                {chain.failedLevel ? t('chainFailedAt', t(LEVEL_KEY[chain.failedLevel])) : t('chainNoFailure')}
              </span>
            </span>
            <ol className="chain-levels" aria-label={t('chainObjectsLabel')}>
              {chain.levels.flatMap((l) =>
                l.objects.map((o) => (
                  <ObjectItem
                    key={o.object.id}
                    o={o}
                    failedHere={chain.failedLevel === l.level && o.status === 'failed'}
                    selected={o.object.id === selectedId}
                    onSelect={onSelect}
                    canSelect={selectable(o.object)}
                  />
                )),
              )}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
