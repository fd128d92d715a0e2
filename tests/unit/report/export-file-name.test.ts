import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportKind } from '../../../lib/report';

const at = (iso: string, error: { code: number | null; subcode: number | null } | null) => ({
  generatedAt: iso,
  summary: { error } as never,
});

describe('exportFileName', () => {
  it.each<[ExportKind, string, { code: number | null; subcode: number | null } | null, string]>([
    ['json', '2026-11-25T08:12:30.000Z', { code: 100, subcode: 2446885 }, 'ads-api-inspector-2446885-20261125-0812.json'],
    ['md', '2026-11-25T08:12:30.000Z', { code: 100, subcode: 2446885 }, 'ads-api-inspector-2446885-20261125-0812.md'],
    ['sh', '2026-01-02T23:59:59.999Z', { code: 190, subcode: null }, 'ads-api-inspector-190-20260102-2359.sh'],
    ['json', '2026-11-25T08:12:30.000Z', null, 'ads-api-inspector-report-20261125-0812.json'],
    ['json', 'not a date', null, 'ads-api-inspector-report-00000000-0000.json'],
  ])('%s at %s', (kind, iso, error, expected) => {
    expect(exportFileName(kind, at(iso, error))).toBe(expected);
  });
});
