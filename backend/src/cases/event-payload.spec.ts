import type { PayloadFieldDescription } from '@tiep-dan/contracts';
import { validatePayload } from './event-payload';

const fields: PayloadFieldDescription[] = [
  { name: 'reason', type: 'string', required: true },
  { name: 'date', type: 'date', required: false },
  { name: 'participants', type: 'string[]', required: false },
  { name: 'complexity', type: 'enum', required: false, values: ['complex', 'especially_complex'] },
  { name: 'demandMatchesFindings', type: 'boolean', required: false },
];

describe('validatePayload', () => {
  it('accepts a payload that matches the declared fields', () => {
    expect(
      validatePayload(fields, {
        reason: 'Cần xác minh thêm',
        date: '2026-12-01',
        participants: ['Ông A'],
        complexity: 'complex',
        demandMatchesFindings: false,
      }),
    ).toEqual([]);
  });

  it('names every wrong field under payload.*', () => {
    const errors = validatePayload(fields, {
      reason: '  ',
      date: '01/12/2026',
      participants: 'Ông A',
      complexity: 'easy',
      demandMatchesFindings: 'no',
      extra: 1,
    });
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'payload.complexity:isIn',
      'payload.date:isDate',
      'payload.demandMatchesFindings:isBoolean',
      'payload.extra:whitelist',
      'payload.participants:isArray',
      'payload.reason:isString',
    ]);
    expect(errors[0].message.vi).toBeTruthy();
  });

  it('requires required fields', () => {
    expect(validatePayload(fields, {})).toEqual([expect.objectContaining({ field: 'payload.reason', code: 'isNotEmpty' })]);
  });
});
