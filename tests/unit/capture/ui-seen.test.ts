import { describe, expect, it } from 'vitest';
import { numbersSeen, wabaIdSeen } from '../../../lib/capture/ui-seen';
import type { Capture, WhatsAppNumberInfo } from '../../../lib/model';

const response = (whatsappNumbers: WhatsAppNumberInfo[]) => ({ status: 200, body: {}, truncated: false, error: null, createdIds: [], fbtraceIds: [], whatsappNumbers });
const raw = (id: string, numbers: WhatsAppNumberInfo[]): Capture => ({
  kind: 'raw',
  id,
  capturedAt: 1,
  url: 'https://adsmanager.facebook.com/api/graphql/',
  method: 'POST',
  contentType: null,
  body: '',
  truncated: false,
  tokenPresent: false,
  response: response(numbers),
});
const A: WhatsAppNumberInfo = { whatsapp_number: '77006353580', page_whatsapp_number_id: '11', waba_id: '792684993372941', is_business_number: true };
const B: WhatsAppNumberInfo = { whatsapp_number: '77074094375', page_whatsapp_number_id: '12', is_business_number: false };

describe('numbersSeen / wabaIdSeen', () => {
  it.each<[string, Capture[], WhatsAppNumberInfo[], string | null]>([
    ['no captures', [], [], null],
    ['records from a GraphQL answer', [raw('1', [A])], [A], '792684993372941'],
    ['the same number twice is listed once', [raw('1', [A]), raw('2', [A, B])], [A, B], '792684993372941'],
    ['records without a WABA id', [raw('1', [B])], [B], null],
  ])('%s', (_name, captures, numbers, waba) => {
    expect(numbersSeen(captures)).toEqual(numbers);
    expect(wabaIdSeen(captures)).toBe(waba);
  });
});
