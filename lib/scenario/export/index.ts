export {
  exportScenario,
  adsetCaptures,
  scenarioFileText,
  EXPORTED_TOKEN,
  MAX_SCENARIO_BYTES,
  type ScenarioExport,
  type ScenarioExportInput,
  type ScenarioExportOptions,
  type LeftOut,
  type LeftOutKind,
} from './build-scenario';
export { recordedWorld, RULE_LISTS } from './graph-world';
export { idMasker, pseudonymize } from './mask';
