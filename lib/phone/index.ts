export { normalizePhone, samePhone, type NormalizedPhone } from './normalize';
