// lib/capture: recognise and decode what Ads Manager submits (form, JSON, Graph batch, draft fragments, GraphQL)
// into `Submission`s, with secrets redacted before anything leaves this module.
export { decodeCapture, type DecodeOptions } from './decode-capture';
export { isAdsetLike, ADSET_CORE_FIELDS } from './adset-shape';
export { BOOKKEEPING_FIELDS, isBookkeepingField, splitBookkeeping } from './bookkeeping';
export { assembleAdsets, assembleObjects, submissionFor, type AssembledAdset, type AssembledObject, type HistoryStep } from './assemble';
export { assembleChains, type AssembledChain, type ChainLevel, type ChainObject, type ChainStatus } from './chain';
export { decodeFragmentValue } from './decode-draft-fragment';
export { outcomesOf } from './draft-publish';
export { isCandidateUrl } from '../page-contract/candidate-url';
export {
  HookMessageSchema,
  HOOK_SOURCE,
  HOOK_EVENT,
  HOOK_VERSION,
  decodeHookMessage,
  type HookMessage,
  MAX_BODY,
  MAX_RESPONSE,
  MAX_URL,
  MAX_HEADERS,
  MAX_METHOD,
  MAX_HOOK_MESSAGE,
} from './hook-message';
export { createGate, type Gate, type GateOptions } from './gate';
export { pushCaptures, badgeCount, MAX_CAPTURES, MAX_RAW_CAPTURES } from './ring';
export { boundCapture, fitCaptures, jsonBytes, CAPTURE_BUDGET, CUT_MARK, type CaptureBudget } from './storage-budget';
export { redactUrl, redactFormString, redactJson, redactText, redactHeaders, isSecretName } from './redact';
