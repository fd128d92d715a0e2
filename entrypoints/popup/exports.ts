import { browser } from '#imports';
import { uiLanguage } from '../../components/i18n';
import type { Explanation } from '../../lib/explain';
import { buildReport, exportFileName, toCurlExport, toMarkdown } from '../../lib/report';
import type { ExportKind } from '../../components/ExportMenu';
import type { Scenario } from '../../lib/scenario/scenario-schema';

const MIME = { json: 'application/json', markdown: 'text/markdown', curl: 'text/x-shellscript' } as const;
const EXT = { json: 'json', markdown: 'md', curl: 'sh' } as const;

/**
 * Build one export from the explanation and download it (or copy it). Every export goes through the report, which
 * redacts secrets, and the user's token is passed as a secret to scrub wherever it might have been echoed.
 */
export async function exportArtifact(
  kind: ExportKind,
  explanation: Explanation,
  token: string,
  to: 'download' | 'clipboard' = 'download',
  scenario?: Scenario,
): Promise<boolean> {
  const locale = uiLanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const report = buildReport(explanation, { toolVersion: browser.runtime.getManifest().version, locale, secrets: token ? [token] : [], ...(kind === 'json' && scenario ? { scenario } : {}) });
  const content = kind === 'json' ? JSON.stringify(report, null, 2) : kind === 'markdown' ? toMarkdown(report, locale) : toCurlExport(report);
  if (to === 'clipboard') {
    await navigator.clipboard.writeText(content);
    return true;
  }
  saveFile(content, MIME[kind], exportFileName(EXT[kind], report));
  return true;
}

/** Hand a file to the browser's downloads (the only way anything leaves the popup). */
export function saveFile(content: string, mime: string, name: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
