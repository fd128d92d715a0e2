import { assembleAdsets, type AssembledObject } from '../../capture/assemble';
import { assembleChains } from '../../capture/chain';
import type { GraphExchange } from '../../graph/record-exchanges';
import type { Capture, SentRequest } from '../../model';
import { scrubSecrets } from '../../secrets';
import { ScenarioSchema, type ApiRequestSource, type Scenario, type UiRequest } from '../scenario-schema';
import { recordedWorld } from './graph-world';
import { idMasker, idsIn, mapStrings, pseudonymize } from './mask';

/**
 * What the exported world uses as the token: not shaped like one (no scrubber takes it for a secret, so it survives
 * every export pass), and the simulated Graph accepts it because the file says it is the token.
 */
export const EXPORTED_TOKEN = 'exported-scenario-token';

/** An exported world stays under this many bytes (UTF-8 of its JSON); what had to go is said. */
export const MAX_SCENARIO_BYTES = 1_000_000;

export interface ScenarioExportInput {
  /** Every capture of the tab (only the compared ad set's are exported; the others are counted as left out). */
  captures: readonly Capture[];
  /** The compared ad set, as the popup lists it (null: the run compared no capture). */
  adsetId: string | null;
  /**
   * The user's request as a scenario names it: `{text}` exactly as pasted, `{json}` for a HAR entry,
   * `{ui_equivalent: true}` when the run compared the capture with its own equivalent.
   */
  api: ApiRequestSource;
  /** Values the user typed for fields the pasted code computes (`api_values`). */
  typedValues?: Readonly<Record<string, string>>;
  /** The run's Graph traffic (lib/graph/record-exchanges.ts), already redacted. */
  exchanges: readonly GraphExchange[];
  /** The WABA id the diagnosis used (typed, or revealed by Ads Manager): the replay must use it too. */
  wabaId: string | null;
  /** Secrets known to the caller (the token): removed wherever they might still sit. */
  secrets: readonly string[];
  name: string;
  locale?: string;
}

export interface ScenarioExportOptions {
  /** Map every id to a consistent fake one. */
  maskIds?: boolean;
  maxBytes?: number;
}

/** What the export did not carry, for the preview to say (`count` of each). */
export type LeftOutKind = 'other_captures' | 'cut_at_capture' | 'no_request_body' | 'response_bodies' | 'ui_requests';
export interface LeftOut {
  kind: LeftOutKind;
  count: number;
}

export interface ScenarioExport {
  scenario: Scenario;
  /** UTF-8 bytes of `JSON.stringify(scenario, null, 2)`: the file as saved. */
  bytes: number;
  leftOut: LeftOut[];
  /** Pseudonyms given (original names are not returned). */
  pseudonyms: number;
  /** Ids masked (0 without maskIds). */
  maskedIds: number;
  /** Original id → fake id, for tests comparing a masked replay (never shown or saved). */
  idMap: ReadonlyMap<string, string>;
  /** Original name → pseudonym, for the same tests (never shown or saved). */
  nameMap: ReadonlyMap<string, string>;
}

/** `cap-x:1` → `cap-x`: the submissions of one batch request came from one hooked request. */
const requestIdOf = (id: string) => id.replace(/:\d+$/, '');

/**
 * The compared publish's captures, oldest first: every object of its chain (campaign, ad set, ad, creative: a pasted
 * request of any level is compared with its own level's object there, and a creative is dry-run under the publish's
 * ad set), each with its create, updates and publish; an ad set outside any chain alone. None with nothing named.
 */
export function adsetCaptures(captures: readonly Capture[], adsetId: string | null): Capture[] {
  if (adsetId === null) return [];
  const named = (o: AssembledObject) => o.id === adsetId || o.history.some((s) => s.captureId === adsetId);
  const chain = assembleChains(captures).find((c) => c.id === adsetId || c.levels.some((l) => l.objects.some((o) => named(o.object))));
  const objects = chain ? chain.levels.flatMap((l) => l.objects.map((o) => o.object)) : assembleAdsets(captures).filter(named);
  if (!objects.length) return [];
  const ids = new Set(objects.flatMap((o) => o.history.map((s) => s.captureId)));
  return captures.filter((c) => ids.has(c.id));
}

/** What the hook saw of a capture's request: a raw capture holds it; a batch's submissions share their first's. */
function sentOf(c: Capture, all: readonly Capture[]): SentRequest | undefined {
  if (c.kind === 'raw') return { contentType: c.contentType, body: c.body || null, truncated: c.truncated };
  if (c.sent) return c.sent;
  const first = all.find((o) => o.kind === 'submission' && o.sent && requestIdOf(o.id) === requestIdOf(c.id));
  return first?.kind === 'submission' ? first.sent : undefined;
}

/** One hooked request as the scenario's `ui` entry, as the hook saw it (already redacted at capture). */
function uiEntryOf(c: Capture, all: readonly Capture[]): UiRequest | null {
  const sent = sentOf(c, all);
  if (!sent) return null;
  const body = sent.batchResponse !== undefined ? sent.batchResponse : c.response?.body;
  return {
    method: c.method,
    url: c.url,
    headers: sent.contentType ? { 'content-type': sent.contentType } : {},
    body: sent.body,
    ...(c.response ? { response: { status: c.response.status, ...(body !== undefined ? { body } : {}) } } : {}),
  };
}

const sizeOf = (s: unknown) => new TextEncoder().encode(JSON.stringify(s, null, 2)).length;

/**
 * One run as a replayable world (docs/scenario-export.md): the compared ad set's captured requests with their
 * answers, the user's request, every Graph answer of the run keyed by its question, `expect` empty. Redaction is
 * total: lib/secrets' walk over everything with the known secrets, the token replaced by EXPORTED_TOKEN, names by
 * pseudonyms, and with `maskIds` every id by a consistent fake. Under `maxBytes`, or says what it left out.
 * The result parses with ScenarioSchema.
 */
export function exportScenario(input: ScenarioExportInput, opts: ScenarioExportOptions = {}): ScenarioExport {
  const maxBytes = opts.maxBytes ?? MAX_SCENARIO_BYTES;
  const mine = adsetCaptures(input.captures, input.adsetId);
  const leftOut: LeftOut[] = [];
  const add = (kind: LeftOutKind, count: number) => count > 0 && leftOut.push({ kind, count });
  add('other_captures', new Set(input.captures.map((c) => requestIdOf(c.id))).size - new Set(mine.map((c) => requestIdOf(c.id))).size);

  const seen = new Set<string>();
  const ui: UiRequest[] = [];
  let noBody = 0;
  let cut = 0;
  for (const c of [...mine].sort((a, b) => a.capturedAt - b.capturedAt)) {
    const rid = requestIdOf(c.id);
    if (seen.has(rid)) continue;
    seen.add(rid);
    const entry = uiEntryOf(c, input.captures);
    if (!entry) {
      noBody++;
      continue;
    }
    if (sentOf(c, input.captures)?.truncated || c.response?.truncated) cut++;
    ui.push(entry);
  }
  add('no_request_body', noBody);
  add('cut_at_capture', cut);

  const names = new Map<string, string>();
  const { lists, ...world } = recordedWorld(input.exchanges);
  const graph = {
    ...world,
    objects: pseudonymize(world.objects, names) as Record<string, unknown>,
    // Only answers: a rule's conditions are what the run asked (the ad set's own name among them), kept as asked.
    ...Object.fromEntries(Object.entries(lists).map(([list, rules]) => [list, rules.map((r) => ({ ...r, respond: pseudonymize(r.respond, names) as typeof r.respond }))])),
  };
  const apiSecrets = [...input.secrets];
  let scenario: Record<string, unknown> = {
    name: input.name,
    description: 'Exported by Ads API Inspector from one run. Fill "expect" with what a correct diagnosis says.',
    ...(input.locale ? { locale: input.locale } : {}),
    ui,
    api: input.api,
    token: EXPORTED_TOKEN,
    graph,
    ...(input.wabaId ? { waba_id: input.wabaId } : {}),
    ...(input.typedValues && Object.keys(input.typedValues).length ? { api_values: { ...input.typedValues } } : {}),
    expect: {},
  };
  // The one walk: secret-named members, secret shapes, and the known secrets in every encoding.
  scenario = scrubSecrets(scenario, apiSecrets);

  let idMap: ReadonlyMap<string, string> = new Map();
  if (opts.maskIds) {
    const masker = idMasker(idsIn(scenario));
    scenario = mapStrings(scenario, masker.mask) as Record<string, unknown>;
    idMap = masker.entries;
  }

  // Measured as saved (defaults filled in). Too big: answers of older captures go first, then older captures
  // themselves (the newest is what is compared).
  const parsed = ScenarioSchema.parse(scenario);
  const entries = parsed.ui;
  let droppedBodies = 0;
  for (let i = 0; i < entries.length - 1 && sizeOf(parsed) > maxBytes; i++) {
    const r = entries[i]!.response;
    if (r && r.body !== undefined) {
      entries[i] = { ...entries[i]!, response: { status: r.status } };
      droppedBodies++;
    }
  }
  let droppedEntries = 0;
  while (entries.length > 1 && sizeOf(parsed) > maxBytes) {
    entries.shift();
    droppedEntries++;
  }
  add('response_bodies', droppedBodies);
  add('ui_requests', droppedEntries);

  return { scenario: parsed, bytes: sizeOf(parsed), leftOut, pseudonyms: names.size, maskedIds: idMap.size, idMap, nameMap: names };
}

/** The file as saved. */
export function scenarioFileText(s: Scenario): string {
  return JSON.stringify(s, null, 2);
}
