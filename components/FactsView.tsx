import type { Facts, FactSource, GraphFailure, ObjectFact, WhatsAppNumberInfo } from '../lib/model';
import { formatSource, formatValue } from './format-value';
import { t } from './i18n';

type Fact<T> = { ok: true; value: T; source: FactSource } | { ok: false; failure: GraphFailure; source: FactSource };

function Line({ label, value, ok, source }: { label: string; value: string; ok?: boolean | null; source?: string }) {
  const mark = ok === true ? '✅' : ok === false ? '❌' : '•';
  return (
    <li>
      <span aria-hidden="true">{mark}</span> <span className="fact">{label}:</span> <code>{value}</code>
      {source && <span className="source">{source}</span>}
    </li>
  );
}

function Read<T>({ label, fact, render }: { label: string; fact: Fact<T> | null; render: (v: T) => string }) {
  if (!fact) return <Line label={label} value={t('factNotAsked')} ok={null} />;
  return fact.ok ? (
    <Line label={label} value={render(fact.value)} ok={true} source={formatSource(fact.source)} />
  ) : (
    <Line label={label} value={t(fact.failure.message)} ok={false} source={formatSource(fact.source)} />
  );
}

function ObjectLines({ title, obj }: { title: string; obj: ObjectFact | null }) {
  if (!obj) return <Line label={title} value={t('factNotAsked')} ok={null} />;
  return (
    <>
      {Object.entries(obj.fields).map(([k, v]) => (
        <Line key={k} label={`${title} · ${k}`} value={formatValue(v)} source={obj.sources[k] ? formatSource(obj.sources[k]) : undefined} />
      ))}
      {obj.errors.map((e, i) => (
        <Line key={`e${i}`} label={`${title} · ${e.fields.join(', ')}`} value={t(e.failure.message)} ok={false} source={formatSource(e.source)} />
      ))}
    </>
  );
}

/** What was read with the user's token, each with where it came from; plus what the UI itself saw. */
export function FactsView({ facts, uiNumbers }: { facts: Facts | null; uiNumbers: WhatsAppNumberInfo[] }) {
  return (
    <section aria-labelledby="facts-title">
      <details open={false}>
        <summary id="facts-title">
          <h2>{t('factsTitle', facts?.roundTrips ?? 0)}</h2>
        </summary>
        {facts && (
          <ul className="facts">
            <Read label={t('factIdentity')} fact={facts.identity} render={(v) => `${v.name ?? ''} (${v.id})`} />
            <Read
              label={t('factToken')}
              fact={facts.token}
              render={(v) => `${v.type ?? '?'} · ${v.is_valid === false ? t('factInvalid') : t('factValid')} · ${v.scopes.join(', ')}`}
            />
            <Read
              label={t('factPermissions')}
              fact={facts.permissions}
              render={(v) => `${v.granted.join(', ')}${v.declined.length ? ` · ${t('factDeclined')}: ${v.declined.join(', ')}` : ''}`}
            />
            <ObjectLines title={t('factPage')} obj={facts.page} />
            <ObjectLines title={t('factAdAccount')} obj={facts.adAccount} />
            <ObjectLines title={t('factCampaign')} obj={facts.campaign} />
            <Read
              label={t('factWabaNumbers')}
              fact={facts.wabaPhoneNumbers}
              render={(v) => v.map((n) => `${n.display_phone_number ?? n.id} (${n.id})`).join(', ') || '—'}
            />
            {facts.validations.map((v) => (
              <Line
                key={v.variantId}
                label={`validate_only · ${t(v.label)}`}
                value={v.ok ? t('factPassed') : v.error ? `${v.error.code ?? ''}${v.error.error_subcode ? ` / ${v.error.error_subcode}` : ''} ${v.error.error_user_title ?? v.error.message ?? ''}` : v.failure ? t(v.failure.message) : t('factFailed')}
                ok={v.ok}
                source={formatSource(v.source)}
              />
            ))}
            {facts.batchErrors.map((f, i) => (
              <Line key={`b${i}`} label={t('factBatchError')} value={t(f.message)} ok={false} />
            ))}
          </ul>
        )}
        {uiNumbers.length > 0 && (
          <>
            <h3>{t('factUiNumbers')}</h3>
            <ul className="facts">
              {uiNumbers.map((n, i) => (
                <Line
                  key={i}
                  label={n.formatted_whatsapp_number ?? n.whatsapp_number ?? '?'}
                  value={`business: ${String(n.is_business_number ?? '?')} · waba: ${n.waba_id ?? '—'} · id: ${n.page_whatsapp_number_id ?? '—'}`}
                  ok={n.is_business_number ?? null}
                  source="ui:response"
                />
              ))}
            </ul>
          </>
        )}
      </details>
    </section>
  );
}
