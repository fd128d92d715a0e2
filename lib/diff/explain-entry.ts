import { text, type Text } from '../i18n/text';
import { fieldInfo } from '../model';
import type { DiffCategory, DiffKind } from './diff-schema';
import { AD_ACCOUNT_PATH, API_VERSION_PATH } from './field-category';

const KIND_PART: Record<Exclude<DiffKind, 'equivalent'>, string> = {
  only_ui: 'OnlyUi',
  only_api: 'OnlyApi',
  different: 'Different',
};

const CATEGORY_PART: Record<DiffCategory, string> = {
  identifier: 'Identifier',
  phone: 'Phone',
  bookkeeping: 'Bookkeeping',
  budget: 'Budget',
  targeting: 'Targeting',
  field: 'Field',
  version: 'Version',
};

/**
 * Fields whose difference is itself the likely answer get their own sentence. The WABA phone-number id is the
 * hidden difference behind code 100 / subcode 2446885: with it Graph is told which WhatsApp Business number to use;
 * without it Graph resolves the Page's connected number and may judge it personal.
 */
const SPECIFIC: Record<string, Partial<Record<DiffKind, string>>> = {
  'promoted_object.whats_app_business_phone_number_id': {
    only_ui: 'diffWhyOnlyUiWabaPhoneNumberId',
    only_api: 'diffWhyOnlyApiWabaPhoneNumberId',
    different: 'diffWhyDifferentWabaPhoneNumberId',
  },
};

/** Why an entry matters, as a sentence about its path (`$1`), with the two values where that helps. */
export function whyText(path: string, kind: DiffKind, category: DiffCategory, ui: unknown, api: unknown, e164?: string | null): Text {
  const specific = SPECIFIC[path]?.[kind];
  if (specific) return text(specific, path);
  if (kind === 'equivalent') {
    if (category === 'phone' && e164) return text('diffWhyEquivalentPhone', path, e164);
    return text(category === 'bookkeeping' ? 'diffWhyEquivalentBookkeeping' : 'diffWhyEquivalent', path);
  }
  if (category === 'version') return text('diffWhyDifferentVersion', path, show(ui), show(api));
  return text(`diffWhy${KIND_PART[kind]}${CATEGORY_PART[category]}`, path);
}

/** What a known field means, or null. */
export function meaningText(path: string): Text | null {
  if (path === API_VERSION_PATH) return text('diffFieldApiVersion');
  if (path === AD_ACCOUNT_PATH) return text('diffFieldAdAccount');
  if (path === 'targeting.geo_locations.countries') return text('diffFieldCountries');
  const key = fieldInfo(path)?.meaning;
  return key ? text(key) : null;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? '';
}
