export { createGraphClient, GRAPH_ORIGIN, type GraphClient, type GraphClientOptions, type CallResult, type BatchResult } from './graph-client';
export { fetchTransport, type Transport, type TransportRequest, type TransportResponse, type FetchLike } from './transport';
export { classifyGraphError, readAnswer, type AnswerReading } from './classify-failure';
export { DEFAULT_RETRY, NO_RETRY, isRetrySafe, isTransientFailure, realSleep, retryDelayMs, type RetryPolicy, type Sleep } from './retry';
export { readUsageHeaders, retryAfterSeconds, type RateLimitUsage } from './usage-headers';
export { encodeBatchBody, MAX_BATCH, type BatchOperation } from './batch';
export { normalizeApiVersion, versionOfPath } from './api-version';
export { applyChange, applyChanges } from './apply-change';
export { buildPlan, buildFollowUpPlan, citedUrl, planIds, type PlanItem } from './plan';
export { runDiagnosis, type DiagnosisDeps } from './run-diagnosis';
export { recordingTransport, MAX_EXCHANGES, type GraphExchange } from './record-exchanges';
export type { DiagnosisInput, Variant } from './diagnosis-input';
// The result types live in lib/model (shared with explain/report); re-exported here for callers of runDiagnosis.
export type { Facts, FactSource, ObjectFact, Validation, Change, TokenInfo, Permissions, WabaPhoneNumber } from '../model/facts';
export type { GraphFailure, GraphFailureKind } from '../model/graph-failure';
