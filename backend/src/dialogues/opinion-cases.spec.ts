import { dialogueScope } from './dialogue-scope';
import { minutesText } from './dialogues.service';
import {
  duplicateOpinion,
  opinionCaseBody,
  type OpinionRow,
} from './opinion-cases';

const opinion: OpinionRow = {
  id: 'o1',
  seq: 2,
  raised_by: ' Bà Lê Thị Mơ ',
  content: 'Đèn đường ngõ 5 hỏng',
  answer: 'Sẽ sửa trong tuần',
  category: 'environment',
  case_id: null,
};
const where = {
  channel: 'dialogue' as const,
  communeId: 'c1',
  neighbourhoodId: 'n1',
  source: 'Nguồn: đối thoại',
  receivedAt: '2026-03-02T02:00:00.000Z',
};

describe('opinion → case', () => {
  it('becomes a case of the chosen type and agency, in the commune and neighbourhood, with the person who raised it', () => {
    expect(
      opinionCaseBody(
        opinion,
        { opinionId: 'o1', type: 'reflection', leadAgencyId: 'a1' },
        where,
      ),
    ).toEqual({
      type: 'reflection',
      channel: 'dialogue',
      category: 'environment',
      summary: 'Đèn đường ngõ 5 hỏng',
      content:
        'Đèn đường ngõ 5 hỏng\n\nTrả lời tại buổi họp: Sẽ sửa trong tuần\n\nNguồn: đối thoại',
      receivedAt: '2026-03-02T02:00:00.000Z',
      communeId: 'c1',
      neighbourhoodId: 'n1',
      leadAgencyId: 'a1',
      petitioner: { fullName: 'Bà Lê Thị Mơ' },
    });
  });

  it('lets the item override the category, shortens a long summary and leaves out an anonymous petitioner', () => {
    const long = {
      ...opinion,
      content: 'x'.repeat(1500),
      raised_by: null,
      answer: null,
    };
    const body = opinionCaseBody(
      long,
      {
        opinionId: 'o1',
        type: 'proposal',
        leadAgencyId: 'a1',
        category: 'land',
      },
      { ...where, neighbourhoodId: null },
    );
    expect(body.category).toBe('land');
    expect(body.summary).toHaveLength(1000);
    expect(body.summary.endsWith('…')).toBe(true);
    expect(body).not.toHaveProperty('petitioner');
    expect(body).not.toHaveProperty('neighbourhoodId');
  });

  it('finds an opinion listed twice', () => {
    const item = (opinionId: string) => ({
      opinionId,
      type: 'proposal' as const,
      leadAgencyId: 'a',
    });
    expect(duplicateOpinion([item('a'), item('b')])).toBe(-1);
    expect(duplicateOpinion([item('a'), item('b'), item('a')])).toBe(2);
  });
});

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
    ).toBe(
      'Hai bên trình bày ý kiến.\nÝ kiến:\n1. Ông Bình: Đo lại diện tích — Trả lời: Đồng ý\n2. Công khai giá đất',
    );
  });
});

describe('dialogue scope', () => {
  it('is the commune for commune staff, the province for province staff, nothing for administrators', () => {
    const params: unknown[] = [];
    expect(
      dialogueScope(
        { role: 'leader', communeId: 'c1', provinceId: 'p1' },
        params,
      ),
    ).toBe('d.commune_id = $1');
    expect(
      dialogueScope(
        { role: 'inspector', communeId: null, provinceId: 'p1' },
        params,
      ),
    ).toBe('d.province_id = $2');
    expect(
      dialogueScope(
        { role: 'admin', communeId: null, provinceId: 'p1' },
        params,
      ),
    ).toBe('FALSE');
    expect(params).toEqual(['c1', 'p1']);
  });
});
