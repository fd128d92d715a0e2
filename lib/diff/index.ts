export { diffRequests, type DiffOptions } from './diff-requests';
export {
  DiffSchema,
  FieldDiffSchema,
  DiffKindSchema,
  DiffCategorySchema,
  DiffSummarySchema,
  NormalizationSchema,
  type Diff,
  type FieldDiff,
  type DiffKind,
  type DiffCategory,
  type DiffSummary,
  type Normalization,
} from './diff-schema';
export { UNORDERED_LIST_KEYS } from './unordered-lists';
export { PHONE_KEYS } from './phone-fields';
