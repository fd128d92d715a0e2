import { describe, it, expect } from 'vitest';
import { identifiersOf } from '../../../lib/capture/identifiers';
import type { CapturedResponse } from '../../../lib/model';

const response = (whatsappNumbers: CapturedResponse['whatsappNumbers']): CapturedResponse => ({
  status: 200,
  truncated: false,
  error: null,
  createdIds: [],
  fbtraceIds: [],
  whatsappNumbers,
});

describe('identifiersOf', () => {
  it.each([
    [
      'promoted_object members, numeric ids as strings',
      { campaign_id: 120, promoted_object: { page_id: 7, whatsapp_phone_number: '+77006353580', whats_app_business_phone_number_id: '5' } },
      null,
      { adAccountId: '1', campaignId: '120', pageId: '7', whatsappPhoneNumber: '+77006353580', whatsappBusinessPhoneNumberId: '5', wabaId: null },
    ],
    [
      'WABA id from a nested request field',
      { promoted_object: { page_id: '7' }, extra: { whatsapp_business_account_id: '99' } },
      response([{ whatsapp_number: '1', waba_id: '55' }]),
      { adAccountId: '1', campaignId: null, pageId: '7', whatsappPhoneNumber: null, whatsappBusinessPhoneNumberId: null, wabaId: '99' },
    ],
    [
      'WABA id from the answer when the request has none',
      { promoted_object: 'not an object' },
      response([{ whatsapp_number: '1', is_business_number: true }, { whatsapp_number: '2', waba_id: '55' }]),
      { adAccountId: '1', campaignId: null, pageId: null, whatsappPhoneNumber: null, whatsappBusinessPhoneNumberId: null, wabaId: '55' },
    ],
  ])('%s', (_name, fields, res, expected) => {
    expect(identifiersOf('1', fields, res)).toEqual(expected);
  });
});
