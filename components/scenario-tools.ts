import type { Explanation } from '../lib/explain/explanation';
import type { Scenario } from '../lib/scenario/scenario-schema';
import type { ScenarioExport } from '../lib/scenario/export';

// What the scenario panels render: state made by the popup's hook (entrypoints/popup/use-scenario-tools.ts).

export type ScenarioPreview =
  | { status: 'building' }
  | { status: 'ready'; result: ScenarioExport; text: string }
  | { status: 'unavailable' }
  | { status: 'failed' };

export interface ScenarioTools {
  /** The explanation the tools work on (null: nothing to export). */
  explanation: Explanation | null;
  previewOpen: boolean;
  preview: ScenarioPreview;
  maskIds: boolean;
  setMaskIds: (v: boolean) => void;
  openPreview: () => void;
  closePreview: () => void;
  /** Download the previewed file; resolves false when there was nothing to save. */
  save: () => Promise<boolean>;
  wrongOpen: boolean;
  /** The prefilled "wrong explanation" report (null while it is being written). */
  wrongReport: string | null;
  openWrong: () => void;
  closeWrong: () => void;
  /** The unmasked world for the JSON report's `scenario` (undefined: the run kept no record). */
  scenarioForReport: () => Promise<Scenario | undefined>;
}

