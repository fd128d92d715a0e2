import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, REPORT_SCHEMA_PATH, REPORT_SCHEMA_VERSION, reportJsonSchema, reportJsonSchemaText, ReportSchema } from '../../../lib/report';
import { explanationFor, META, SEED_B } from './fixtures';

const committed = readFileSync(join(__dirname, '../../..', REPORT_SCHEMA_PATH), 'utf8');

describe('report.schema.json', () => {
  it('the committed file is what ReportSchema generates (run `npm run report-schema` after changing the report)', () => {
    expect(committed).toBe(reportJsonSchemaText());
  });

  it('is a draft 2020-12 object schema with the top-level members required and schemaVersion fixed at REPORT_SCHEMA_VERSION (2: findings carry their level)', () => {
    const schema = JSON.parse(committed) as {
      $schema: string;
      type: string;
      required: string[];
      properties: Record<string, { const?: unknown }>;
      $defs: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['schemaVersion', 'tool', 'generatedAt', 'locale', 'summary', 'ui', 'api', 'uiEquivalent', 'diff', 'facts', 'verified', 'findings', 'fbtraceIds']);
    expect(schema.properties.schemaVersion?.const).toBe(REPORT_SCHEMA_VERSION);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Text', 'GraphError', 'AdsetRequest', 'FactSource']));
    expect(reportJsonSchema()).toEqual(schema);
  });

  // No JSON Schema validator is installed (no ajv): check what the schema promises at the top level.
  it('a real report has every required member, only known members, and the const schemaVersion', async () => {
    const schema = JSON.parse(committed) as { required: string[]; properties: Record<string, { const?: unknown }> };
    const report = JSON.parse(JSON.stringify(buildReport(await explanationFor(SEED_B), META))) as Record<string, unknown>;
    for (const key of schema.required) expect(report, key).toHaveProperty(key);
    for (const key of Object.keys(report)) expect(Object.keys(schema.properties)).toContain(key);
    expect(report.schemaVersion).toBe(schema.properties.schemaVersion?.const);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });
});
