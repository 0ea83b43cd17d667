import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { AppError } from '../platform/errors/app-error';
import type { IntakeService } from './intake.service';
import { OpinionIntakeService, opinionCaseBody, type OpinionRow, type OpinionSource } from './opinion-intake.service';

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
    expect(opinionCaseBody(opinion, { opinionId: 'o1', type: 'reflection', leadAgencyId: 'a1' }, where)).toEqual({
      type: 'reflection',
      channel: 'dialogue',
      category: 'environment',
      summary: 'Đèn đường ngõ 5 hỏng',
      content: 'Đèn đường ngõ 5 hỏng\n\nTrả lời tại buổi họp: Sẽ sửa trong tuần\n\nNguồn: đối thoại',
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
    const service = new OpinionIntakeService({} as IntakeService);
    expect(service.duplicate([item('a'), item('b')])).toBe(-1);
    expect(service.duplicate([item('a'), item('b'), item('a')])).toBe(2);
  });
});

describe('OpinionIntakeService.raise', () => {
  const tx = {} as EntityManager;
  const actor = { userId: 'u1', role: 'officer' } as unknown as Actor;
  const refusal = (code: string) => (field: string) => new AppError(code, 400, { vi: field, en: field });

  function setUp(opinions: Record<string, OpinionRow>) {
    const open = jest
      .fn()
      .mockImplementation((_tx: unknown, _actor: unknown, body: { summary: string }) => Promise.resolve(`case-of-${body.summary}`));
    const links: [string, string, boolean][] = [];
    const source: OpinionSource = {
      lock: (_tx, id) => Promise.resolve(opinions[id] ?? null),
      link: (_tx, id, caseId, seal) => {
        links.push([id, caseId, seal]);
        return Promise.resolve();
      },
      origin: () => where,
      notHere: refusal('NOT_HERE'),
      alreadyRaised: refusal('ALREADY_RAISED'),
    };
    return { service: new OpinionIntakeService({ open } as unknown as IntakeService), open, links, source };
  }

  it('opens a case per opinion and links each back, forgetting the raiser of a denunciation only', async () => {
    const { service, links, source } = setUp({
      o1: opinion,
      o2: { ...opinion, id: 'o2', seq: 3, content: 'Cán bộ nhận tiền' },
    });
    const ids = await service.raise(
      tx,
      actor,
      [
        { opinionId: 'o1', type: 'reflection', leadAgencyId: 'a1' },
        { opinionId: 'o2', type: 'denunciation', leadAgencyId: 'a1' },
      ],
      source,
    );
    expect(ids).toEqual(['case-of-Đèn đường ngõ 5 hỏng', 'case-of-Cán bộ nhận tiền']);
    expect(links).toEqual([
      ['o1', 'case-of-Đèn đường ngõ 5 hỏng', false],
      ['o2', 'case-of-Cán bộ nhận tiền', true],
    ]);
  });

  it("refuses an opinion of another gathering or one already a case, with the gathering's own refusal and the item's field", async () => {
    const { service, open, source } = setUp({ o1: { ...opinion, case_id: 'c9' } });
    await expect(service.raise(tx, actor, [{ opinionId: 'x', type: 'proposal', leadAgencyId: 'a1' }], source)).rejects.toMatchObject({
      code: 'NOT_HERE',
      message: 'items.0.opinionId',
    });
    await expect(service.raise(tx, actor, [{ opinionId: 'o1', type: 'proposal', leadAgencyId: 'a1' }], source)).rejects.toMatchObject({
      code: 'ALREADY_RAISED',
    });
    expect(open).not.toHaveBeenCalled();
  });
});
