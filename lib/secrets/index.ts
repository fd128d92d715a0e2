// The one place that knows what a secret is and how to remove it (names, shapes, the deep walk with repeated
// %-decoding). Captures, the pasted-request draft, diagnosis facts and every export go through it.
export { SECRET_NAMES, isSecretName, isSecretLikeName } from './names';
export { redactTokenShapes } from './patterns';
export { MIN_SECRET_LENGTH, redactText, scrubSecrets, scrubValueWith, secretScrubber, type ScrubberOptions } from './scrub';
