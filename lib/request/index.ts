export { parseApiRequest, detectFormat, MAX_INPUT_CHARS } from './parse-api-request';
export { parseHar } from './parse-har';
export { parseScenarioApi, type ScenarioApi } from './parse-scenario-api';
export { equivalentApiRequest, GRAPH_HOST } from './equivalent-api-request';
export { toCurl, shellQuote, TOKEN_PLACEHOLDER } from './to-curl';
export { isPlaceholderToken } from './access-token';
export type { ParseResult, ParsedOk, ParsedError, ParsedRequest, RequestFormat } from './parse-result';
export { parseObjectLiteral, type LiteralResult } from './object-literal';
