import { z } from 'zod';
import {
  AdsetRequestSchema,
  ChangeSchema,
  FactSourceSchema,
  FindingIdSchema,
  GraphErrorSchema,
  GraphFailureSchema,
  ObjectFactSchema,
  TextSchema,
  VerdictSchema,
} from '../model';
import { ReportSchema } from './report-schema';

/** Where the published JSON Schema lives (relative to the repository root). */
export const REPORT_SCHEMA_PATH = 'lib/report/report.schema.json';

/**
 * The JSON Schema of the export, for tools that read reports without this code. `io: 'output'` describes what
 * buildReport writes (defaults applied, so those members are required); zod types JSON Schema cannot express are
 * left open (`unrepresentable: 'any'`) rather than failing the generation.
 */
export function reportJsonSchema(): Record<string, unknown> {
  // Shared parts (Text, FactSource, GraphFailure…) appear dozens of times: as named $defs the file is a third of
  // the size and readable. The registry is local: the model's schemas stay free of export concerns.
  const names = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [TextSchema, 'Text'],
    [FactSourceSchema, 'FactSource'],
    [GraphErrorSchema, 'GraphError'],
    [GraphFailureSchema, 'GraphFailure'],
    [AdsetRequestSchema, 'AdsetRequest'],
    [ObjectFactSchema, 'ObjectFact'],
    [ChangeSchema, 'Change'],
    [FindingIdSchema, 'FindingId'],
    [VerdictSchema, 'Verdict'],
  ];
  for (const [schema, id] of named) names.add(schema, { id });
  const { $schema, ...rest } = z.toJSONSchema(ReportSchema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    reused: 'ref',
    metadata: names,
  });
  return { $schema, title: 'Ads API Inspector report', ...rest };
}

/** The file's exact text: two-space JSON and a final newline, so the committed file and the generator agree byte for byte. */
export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}
