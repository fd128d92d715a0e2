export { createSimulatedGraph, redactUrl, type SimulatedGraph, type SimRequest, type SimResponse, type SimLogEntry } from './simulated-graph';
export { matchRule, conditionHolds, valueAt, looseEqual } from './match-rule';
export { selectFields, fieldNames } from './select-fields';
