// Writes lib/report/report.schema.json from ReportSchema (npm run report-schema). A unit test fails when the
// committed file differs from what this writes, so run it after changing the report's shape.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_SCHEMA_PATH, reportJsonSchemaText } from '../lib/report';

const path = join(import.meta.dirname, '..', REPORT_SCHEMA_PATH);
writeFileSync(path, reportJsonSchemaText());
console.log(`wrote ${REPORT_SCHEMA_PATH}`);
