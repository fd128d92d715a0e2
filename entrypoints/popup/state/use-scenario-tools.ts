import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Capture } from '../../../lib/model';
import type { RunState } from '../../../lib/run-state';
import { uiLanguage } from '../../../components/i18n';
import type { ScenarioExport } from '../../../lib/scenario/export';
import type { ScenarioPreview, ScenarioTools } from '../../../components/scenario-tools';

const locale = () => (uiLanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en');

async function build(run: Extract<RunState, { status: 'done' }>, captures: readonly Capture[], token: string, maskIds: boolean): Promise<ScenarioExport | null> {
  const record = run.record;
  if (!record) return null;
  const { exportScenario } = await import('../../../lib/scenario/export');
  const top = run.explanation.findings[0]?.id ?? 'no-finding';
  return exportScenario(
    {
      captures,
      adsetId: record.captureId,
      api: record.api,
      typedValues: record.typedValues,
      exchanges: record.exchanges,
      wabaId: record.wabaId,
      secrets: token ? [token] : [],
      name: `Exported run (${top}), ${new Date(run.explanation.finishedAt).toISOString()}`,
    },
    { maskIds },
  );
}

/**
 * "Export as scenario" and "This explanation looks wrong": the state of both panels, the export built (lazily: the
 * exporter is loaded only when asked) from the tab's captures and the run's record. Nothing leaves the popup
 * except the file the user saves and the text the user copies.
 */
export function useScenarioTools({ run, captures, token }: { run: RunState | null; captures: readonly Capture[]; token: string }): ScenarioTools {
  const done = run?.status === 'done' ? run : null;
  const explanation = done?.explanation ?? null;
  // Panels belong to one result: opened for its finish time, so a new result shows them closed.
  const finishedAt = explanation?.finishedAt ?? null;
  const [previewFor, setPreviewFor] = useState<number | null>(null);
  const [wrongFor, setWrongFor] = useState<number | null>(null);
  const previewOpen = finishedAt !== null && previewFor === finishedAt;
  const wrongOpen = finishedAt !== null && wrongFor === finishedAt;
  const [maskIds, setMaskIds] = useState(false);
  const key = `${finishedAt}:${maskIds}:${captures.length}`;
  const [built, setBuilt] = useState<{ key: string; preview: ScenarioPreview } | null>(null);
  const preview: ScenarioPreview = useMemo(() => (built?.key === key ? built.preview : { status: 'building' }), [built, key]);
  const [wrong, setWrong] = useState<{ for: number; report: string } | null>(null);
  const wrongReport = wrong && wrong.for === finishedAt ? wrong.report : null;

  useEffect(() => {
    if (!previewOpen || !done) return;
    let live = true;
    build(done, captures, token, maskIds)
      .then(async (result) => {
        if (!live) return;
        if (!result) return setBuilt({ key, preview: { status: 'unavailable' } });
        const { scenarioFileText } = await import('../../../lib/scenario/export');
        if (live) setBuilt({ key, preview: { status: 'ready', result, text: scenarioFileText(result.scenario) } });
      })
      .catch(() => live && setBuilt({ key, preview: { status: 'failed' } }));
    return () => {
      live = false;
    };
  }, [previewOpen, done, captures, token, maskIds, key]);

  useEffect(() => {
    if (!wrongOpen || !explanation) return;
    let live = true;
    void import('../../../lib/report/wrong-explanation').then(({ wrongExplanationReport }) => {
      if (live) setWrong({ for: explanation.finishedAt, report: wrongExplanationReport(explanation, locale(), token ? [token] : []) });
    });
    return () => {
      live = false;
    };
  }, [wrongOpen, explanation, token]);

  const save = useCallback(async () => {
    if (preview.status !== 'ready') return false;
    const { saveFile } = await import('../exports');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    saveFile(preview.text, 'application/json', `ads-api-inspector-scenario-${stamp}.json`);
    return true;
  }, [preview]);

  const scenarioForReport = useCallback(async () => (done ? ((await build(done, captures, token, false))?.scenario ?? undefined) : undefined), [done, captures, token]);

  return {
    explanation,
    previewOpen,
    preview,
    maskIds,
    setMaskIds,
    openPreview: () => setPreviewFor(finishedAt),
    closePreview: () => setPreviewFor(null),
    save,
    wrongOpen,
    wrongReport,
    openWrong: () => setWrongFor(finishedAt),
    closeWrong: () => setWrongFor(null),
    scenarioForReport,
  };
}
