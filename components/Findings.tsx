import type { Finding } from '../lib/model';
import { formatSource } from './format-value';
import { t } from './i18n';

const VERDICT_KEYS = { cause: 'verdictCause', likely: 'verdictLikely', ruled_out: 'verdictRuledOut', unknown: 'verdictUnknown' } as const;

function FindingCard({ f, top, onReportWrong }: { f: Finding; top: boolean; onReportWrong?: () => void }) {
  return (
    <article className={`finding verdict-${f.verdict}${top ? ' top' : ''}`} data-testid="finding" data-finding-id={f.id} data-verdict={f.verdict} data-level={f.level ?? 'adset'}>
      <header>
        <span className={`verdict ${f.verdict}`}>{t(VERDICT_KEYS[f.verdict])}</span>
        {/* Which object of the chain the finding is about (issue 17); a finding without one is about an ad set. */}
        <span className="level-tag" data-testid="finding-level" title={t('findingLevel')}>
          {t(`explain_level_${f.level ?? 'adset'}`)}
        </span>
        <h3>{t(f.title)}</h3>
      </header>
      <p>{t(f.detail)}</p>
      {onReportWrong && (
        <p className="report-wrong">
          <button type="button" className="link" onClick={onReportWrong} data-testid="report-wrong">
            {t('wrongLink')}
          </button>
        </p>
      )}
      {f.evidence.length > 0 && (
        <>
          <h4>{t('findingEvidence')}</h4>
          <ul className="evidence">
            {f.evidence.map((e, i) => (
              <li key={i}>
                <span className="fact">{t(e.fact)}:</span> <code>{e.value}</code>
                <span className="source" title={t('findingSource')}>
                  {formatSource(e.source)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {f.fix.length > 0 && (
        <>
          <h4>{t('findingFix')}</h4>
          <ol className="fix">
            {f.fix.map((s, i) => (
              <li key={i}>{t(s)}</li>
            ))}
          </ol>
        </>
      )}
      {f.docs.length > 0 && (
        <p className="docs">
          {f.docs.map((d) => (
            <a key={d} href={d} target="_blank" rel="noreferrer">
              {d.replace(/^https:\/\/(www\.)?/, '')}
            </a>
          ))}
        </p>
      )}
    </article>
  );
}

/** Ranked findings: the top one first and open (with the "looks wrong" link); checked-and-ruled-out ones collapsed at the end. */
export function Findings({ findings, onReportWrong }: { findings: Finding[]; onReportWrong?: () => void }) {
  const main = findings.filter((f) => f.verdict !== 'ruled_out');
  const ruledOut = findings.filter((f) => f.verdict === 'ruled_out');
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findingsTitle')}</h2>
      {main.map((f, i) => (
        <FindingCard key={`${f.id}-${i}`} f={f} top={i === 0} onReportWrong={i === 0 ? onReportWrong : undefined} />
      ))}
      {ruledOut.length > 0 && (
        <details>
          <summary>{t('findingsRuledOut', ruledOut.length)}</summary>
          {ruledOut.map((f, i) => (
            <FindingCard key={`${f.id}-${i}`} f={f} top={false} />
          ))}
        </details>
      )}
    </section>
  );
}
