// Exports are scrubbed by the one secrets module (lib/secrets), like every other surface.
export { isSecretLikeName, MIN_SECRET_LENGTH, scrubSecrets, secretScrubber, type ScrubberOptions } from '../secrets';
