import type { Text } from '../lib/i18n/text';
import type { FilledRequest, ParseResult, ParsedRequest } from '../lib/request';
import { levelOf } from '../lib/model/ad-level';
import { shownWarnings } from '../lib/request/input-bounds';
import { t } from './i18n';
import { UnresolvedFields } from './UnresolvedFields';

const FORMAT_KEYS: Record<string, string> = {
  curl: 'requestFormatCurl',
  json: 'requestFormatJson',
  form: 'requestFormatForm',
  explorer: 'requestFormatExplorer',
  har: 'requestFormatHar',
  params: 'requestFormatParams',
  http: 'requestFormatHttp',
  postman: 'requestFormatPostman',
  'sdk-python': 'requestFormatSdkPython',
  'sdk-node': 'requestFormatSdkNode',
  'sdk-php': 'requestFormatSdkPhp',
  'sdk-java': 'requestFormatSdkJava',
  'sdk-ruby': 'requestFormatSdkRuby',
  'http-js': 'requestFormatHttpJs',
  'http-python': 'requestFormatHttpPython',
  'http-php': 'requestFormatHttpPhp',
};

/** "Read as Python SDK code: 9 ad set fields, 2 from Ads Manager (campaign_id, name)." */
function readAs(parsed: ParseResult & { ok: true }, fill: FilledRequest | null): string {
  const format = t(FORMAT_KEYS[parsed.format] ?? parsed.format);
  const count = Object.keys((fill?.request ?? parsed.request).fields).length;
  const fromUi = (fill?.filled ?? []).filter((f) => f.from === 'ads_manager').map((f) => f.name);
  // A campaign, ad or creative says its level (issue 17); an ad set reads as it always did.
  const level = levelOf(parsed.request);
  if (level !== 'adset') {
    const name = t(`explain_level_${level}`);
    return fromUi.length ? t('popupReadAsLevelFilled', format, name, count, fromUi.length, fromUi.join(', ')) : t('popupReadAsLevel', format, name, count);
  }
  return fromUi.length ? t('popupReadAsFilled', format, count, fromUi.length, fromUi.join(', ')) : t('popupReadAs', format, count);
}

interface Props {
  value: string;
  onChange: (v: string) => void;
  parsed: ParseResult | null;
  /** Offer "use the equivalent of this capture" when a capture is selected. */
  canUseEquivalent: boolean;
  usingEquivalent: boolean;
  onUseEquivalent: () => void;
  onHarFile: (file: File) => void;
  harEntries: ParsedRequest[];
  harIndex: number;
  onHarPick: (i: number) => void;
  /** The parsed request with its computed fields filled (null until parsed). */
  fill: FilledRequest | null;
  uiValues: Record<string, unknown>;
  typed: Record<string, string>;
  onType: (name: string, value: string) => void;
  /** Said under the box when the request is too long to keep in the draft (lib/request/input-bounds.ts). */
  draftNote?: Text | null;
}

/** The user's own API request: pasted (cURL, JSON, form, Graph Explorer line, SDK params) or a HAR file. */
export function RequestInput(p: Props) {
  return (
    <section className="panel" aria-labelledby="request-title">
      <h2 id="request-title">{t('popupApiRequestTitle')}</h2>
      <label htmlFor="api-request" className="hint">
        {t('popupApiRequestHint')}
      </label>
      <textarea
        id="api-request"
        data-testid="api-request-input"
        value={p.value}
        spellCheck={false}
        rows={5}
        placeholder={t('popupApiRequestPlaceholder')}
        onChange={(e) => p.onChange(e.target.value)}
        aria-describedby="request-status"
        aria-invalid={p.parsed?.ok === false}
      />
      <div className="row">
        {p.canUseEquivalent && (
          <button type="button" className="secondary" onClick={p.onUseEquivalent} aria-pressed={p.usingEquivalent}>
            {t('popupUseEquivalent')}
          </button>
        )}
        <label className="file secondary">
          {t('popupImportHar')}
          <input
            type="file"
            accept=".har,.json,application/json"
            data-testid="har-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) p.onHarFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {p.harEntries.length > 1 && (
        <label className="block">
          {t('popupHarPick')}
          <select value={p.harIndex} onChange={(e) => p.onHarPick(Number(e.target.value))}>
            {p.harEntries.map((h, i) => (
              <option key={h.entryIndex} value={i}>
                {h.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <p id="request-status" className="status" role="status" data-testid="request-status">
        {p.usingEquivalent
          ? t('popupUsingEquivalent')
          : p.parsed === null
            ? ''
            : p.parsed.ok
              ? readAs(p.parsed, p.fill)
              : p.parsed.needsLanguage
                ? t('requestCodeLoading')
                : ''}
      </p>
      {p.parsed?.ok && p.parsed.unresolved.length > 0 && p.fill && !p.usingEquivalent && (
        <UnresolvedFields unresolved={p.parsed.unresolved} fill={p.fill} uiValues={p.uiValues} typed={p.typed} onType={p.onType} />
      )}
      {p.parsed && !p.parsed.ok && !p.parsed.needsLanguage && !p.usingEquivalent && (
        <p className="error" role="alert" data-testid="request-error">
          {t(p.parsed.error)}
        </p>
      )}
      {p.draftNote && (
        <p className="hint" data-testid="draft-note">
          {t(p.draftNote)}
        </p>
      )}
      {p.parsed?.ok && p.parsed.warnings.length > 0 && !p.usingEquivalent && <Warnings list={p.parsed.warnings} />}
    </section>
  );
}

/** The parser's warnings, the first few listed and the rest counted (a junk paste can produce hundreds of thousands). */
function Warnings({ list }: { list: Text[] }) {
  const { shown, more } = shownWarnings(list);
  return (
    <ul className="warnings" data-testid="request-warnings">
      {shown.map((w, i) => (
        <li key={i}>{t(w)}</li>
      ))}
      {more > 0 && (
        <li className="more" data-testid="request-warnings-more">
          {t('popupWarningsMore', more.toLocaleString())}
        </li>
      )}
    </ul>
  );
}
