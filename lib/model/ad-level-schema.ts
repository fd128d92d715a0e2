import { z } from 'zod';
import { AD_LEVELS } from './ad-level';

/** `AdLevel` as a schema, apart from ad-level.ts so that what reads levels at the popup's open loads no zod. */
export const AdLevelSchema = z.enum(AD_LEVELS);
