// Writes lib/request/code/sdk-names.json from facebook-nodejs-business-sdk (npm run sdk-names). A unit test fails
// when the committed file differs from what this writes, so run it after updating the SDK.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSdkNames, sdkNamesText } from './sdk-names/build';

const require = createRequire(import.meta.url);
const sdk = require('facebook-nodejs-business-sdk') as Parameters<typeof buildSdkNames>[0];
const { version } = require('facebook-nodejs-business-sdk/package.json') as { version: string };
const out = join(import.meta.dirname, '..', 'lib/request/code/sdk-names.json');
writeFileSync(out, sdkNamesText(buildSdkNames(sdk, version)));
console.log('wrote lib/request/code/sdk-names.json');
