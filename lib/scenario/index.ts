export {
  ScenarioSchema,
  GraphWorldSchema,
  AdsetRuleSchema,
  UiRequestSchema,
  ApiRequestSourceSchema,
  conditionOf,
  CONDITION_OPERATORS,
  type Scenario,
  type GraphWorld,
  type AdsetRule,
  type UiRequest,
  type ApiRequestSource,
  type Condition,
} from './scenario-schema';
export { parseScenario, parseScenarioText, describeIssues, type ScenarioResult } from './parse-scenario';
