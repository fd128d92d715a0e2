import { useEffect, useState } from 'react';
import { CaptureList } from '../../components/CaptureList';
import { t } from '../../components/i18n';
import type { Capture } from '../../lib/model';
import { sendMessage } from './messaging';
import { targetTabId } from './target-tab';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [captures, setCaptures] = useState<Capture[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  useEffect(() => {
    void targetTabId().then(async (id) => {
      setTabId(id);
      const list = id === null ? [] : await sendMessage('getCaptures', id).catch(() => []);
      setCaptures(list);
      setSelectedId(list.find((c) => c.kind === 'submission')?.id ?? null);
    });
  }, []);

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
      </header>
      {captures === null ? (
        <p className="muted">{t('popupLoading')}</p>
      ) : (
        <section aria-labelledby="captures-title">
          <h2 id="captures-title">{t('popupCapturesTitle')}</h2>
          <CaptureList captures={captures} selectedId={selectedId} onSelect={setSelectedId} />
        </section>
      )}
      {tabId === null && <p className="muted">{t('popupNoTab')}</p>}
    </main>
  );
}
