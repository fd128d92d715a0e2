import type { Diff, FieldDiff } from '../lib/diff';
import { formatValue } from './format-value';
import { t } from './i18n';

const KIND_KEYS = { only_ui: 'diffKindOnlyUi', only_api: 'diffKindOnlyApi', different: 'diffKindDifferent', equivalent: 'diffKindEquivalent' } as const;

/** Whether the API side's value of this path was filled from Ads Manager (the path or an object it sits in). */
function fromUi(path: string, names: readonly string[]): boolean {
  return names.some((n) => path === n || path.startsWith(`${n}.`));
}

function Row({ d, filled }: { d: FieldDiff; filled: readonly string[] }) {
  const highlight = d.category === 'phone' || d.category === 'identifier';
  return (
    <tr data-testid="diff-row" data-kind={d.kind} data-path={d.path} className={`${d.kind}${highlight && d.kind !== 'equivalent' ? ' hl' : ''}`}>
      <th scope="row">
        <code>{d.path}</code>
        {d.meaning && <span className="meaning">{t(d.meaning)}</span>}
      </th>
      <td>
        <code>{formatValue(d.ui)}</code>
        {d.e164?.ui && d.e164.ui !== d.ui && <span className="e164">{d.e164.ui}</span>}
      </td>
      <td>
        <code>{formatValue(d.api)}</code>
        {d.e164?.api && d.e164.api !== d.api && <span className="e164">{d.e164.api}</span>}
        {d.api !== undefined && fromUi(d.path, filled) && (
          <span className="from-ui" data-testid="from-ads-manager">
            {t('diffFromAdsManager')}
          </span>
        )}
      </td>
      <td title={t(d.why)}>
        <span className={`kind ${d.kind}`}>{t(KIND_KEYS[d.kind])}</span>
        {/* Why it matters, spelled out where it matters; a tooltip elsewhere keeps the table readable. */}
        {d.important && d.kind !== 'equivalent' && <span className="why">{t(d.why)}</span>}
      </td>
    </tr>
  );
}

function Table({ rows, filled }: { rows: FieldDiff[]; filled: readonly string[] }) {
  return (
    <div className="table-wrap">
      <table className="diff">
        <thead>
          <tr>
            <th scope="col">{t('diffColField')}</th>
            <th scope="col">{t('diffColUi')}</th>
            <th scope="col">{t('diffColApi')}</th>
            <th scope="col">{t('diffColKind')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <Row key={d.path} d={d} filled={filled} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** UI vs API, field by field: differences first; equivalent fields and transport parameters collapsed. */
export function DiffTable({ diff, filledFromUi = [] }: { diff: Diff; /** API-side fields whose value came from Ads Manager. */ filledFromUi?: readonly string[] }) {
  const differences = diff.entries.filter((d) => d.kind !== 'equivalent');
  const equivalent = diff.entries.filter((d) => d.kind === 'equivalent');
  const s = diff.summary;
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{t('diffTitle')}</h2>
      <p className="muted">{t('diffSummary', s.only_ui, s.different, s.only_api, s.equivalent)}</p>
      {differences.length ? <Table rows={differences} filled={filledFromUi} /> : <p>{t('diffNoDifferences')}</p>}
      {equivalent.length > 0 && (
        <details>
          <summary>{t('diffEquivalentFields', equivalent.length)}</summary>
          <Table rows={equivalent} filled={filledFromUi} />
        </details>
      )}
      {(diff.transport.ui.length > 0 || diff.transport.api.length > 0) && (
        <details>
          <summary>{t('diffTransportFields', diff.transport.ui.length + diff.transport.api.length)}</summary>
          <p className="muted">{t('diffTransportNote')}</p>
          <p>
            <strong>{t('diffColUi')}:</strong> <code>{diff.transport.ui.join(', ') || '—'}</code>
          </p>
          <p>
            <strong>{t('diffColApi')}:</strong> <code>{diff.transport.api.join(', ') || '—'}</code>
          </p>
        </details>
      )}
    </section>
  );
}
