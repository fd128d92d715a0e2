import { describe, expect, it } from 'vitest';
import { phoneMismatch } from '../../../../lib/explain/rules';
import { ctx, facts, pageFact, PAGE, replace, request, run } from '../context';

const withNumber = (n: string) => request({ page_id: PAGE, whatsapp_phone_number: n });
const page = (n: string) => pageFact({ whatsapp_number: n, has_whatsapp_number: true, has_whatsapp_business_number: true });

describe('phone-mismatch (E.164)', () => {
  it.each([
    ['same number, three spellings', withNumber('+77006353580'), withNumber('8 700 635 3580'), page('77006353580'), [run('validate_api', false)], 'ruled_out'],
    ['the Page has another number', withNumber('+77001112233'), null, page('+7 700 635 3580'), [run('validate_api', false, { error: [100, 1487246] })], 'likely'],
    ['the UI has another number', withNumber('+77001112233'), withNumber('77006353580'), page('+77001112233'), [run('validate_api', false)], 'likely'],
    ['different but the request passes', withNumber('+77001112233'), null, page('+77006353580'), [run('validate_api', true)], 'ruled_out'],
    ['the UI number proven by validate_only', withNumber('+77001112233'), withNumber('77006353580'), page('+77006353580'), [run('validate_api', false), run('v', true, { changes: [replace('promoted_object.whatsapp_phone_number', '77006353580')] })], 'cause'],
  ] as const)('%s → %s', (_name, api, ui, p, validations, verdict) => {
    expect(phoneMismatch(ctx({ api, ui, facts: facts({ page: p, validations: [...validations] }) }))?.verdict).toBe(verdict);
  });

  it('no number in the request → nothing to say; nothing to compare with → unknown when it fails', () => {
    expect(phoneMismatch(ctx({ api: request({ page_id: PAGE }) }))).toBeNull();
    expect(phoneMismatch(ctx({ api: withNumber('+77001112233'), facts: facts({ page: null, validations: [run('validate_api', false)] }) }))?.verdict).toBe('unknown');
  });
});
