// The semantics moved to lib/graph (a scenario export resolves the recorded references the same way).
export { hasReferences, jsonPathValues, resolveReferences } from '../../lib/graph/batch-dependencies';
