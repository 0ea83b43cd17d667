import { dialogueScope } from './dialogue-scope';
import { minutesText } from './dialogues.service';

describe('minutes in the case history', () => {
  it('lists each opinion with who raised it and the answer', () => {
    expect(
      minutesText({
        summary: ' Hai bên trình bày ý kiến. ',
        opinions: [
          {
            raisedBy: 'Ông Bình',
            content: 'Đo lại diện tích',
            answer: 'Đồng ý',
          },
          { content: 'Công khai giá đất' },
        ],
      }),
    ).toBe('Hai bên trình bày ý kiến.\nÝ kiến:\n1. Ông Bình: Đo lại diện tích — Trả lời: Đồng ý\n2. Công khai giá đất');
  });
});

describe('dialogue scope', () => {
  it('is the commune for commune staff, the province for province staff, nothing for administrators', () => {
    const params: unknown[] = [];
    expect(dialogueScope({ role: 'leader', communeId: 'c1', provinceId: 'p1' }, params)).toBe('d.commune_id = $1');
    expect(dialogueScope({ role: 'inspector', communeId: null, provinceId: 'p1' }, params)).toBe('d.province_id = $2');
    expect(dialogueScope({ role: 'admin', communeId: null, provinceId: 'p1' }, params)).toBe('FALSE');
    expect(params).toEqual(['c1', 'p1']);
  });
});
