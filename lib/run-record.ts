import type { Explanation } from './explain/explanation';
import type { GraphExchange } from './graph/record-exchanges';
import type { ExplainRequest } from './protocol';
import { toCurl } from './request/to-curl';
import type { RunRecord } from './run-state';
import { scrubSecrets } from './secrets';

/**
 * What a finished run keeps for a scenario export. The request: as pasted when the popup sent it, the capture's own
 * equivalent when that was compared, else the parsed request as cURL (a HAR entry). Everything goes through
 * lib/secrets' walk with the run's token once more: the record is stored in storage.session with the run.
 */
export function runRecordOf(req: ExplainRequest, explanation: Explanation, exchanges: readonly GraphExchange[]): RunRecord {
  const api: RunRecord['api'] = req.api === null ? { ui_equivalent: true } : (req.pasted?.api ?? { curl: toCurl(req.api.request) });
  return scrubSecrets(
    {
      exchanges: [...exchanges],
      api,
      typedValues: { ...(req.pasted?.typedValues ?? {}) },
      wabaId: explanation.facts?.ids.wabaId ?? null,
      // The selection, else the object the run compared (a campaign captured alone is compared without one).
      captureId: req.captureId ?? explanation.ui?.id ?? null,
    },
    [req.token],
  );
}
