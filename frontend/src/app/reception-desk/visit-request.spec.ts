import { GROUP_VISIT_MIN_PEOPLE } from '@tiep-dan/contracts';
import { duplicateQuery, emptyMatter, emptyParty, representativesFor, visitRequest, type VisitDraft } from './visit-request';

const draft = (over: Partial<VisitDraft> = {}): VisitDraft => ({
  citizen: { ...emptyParty(), fullName: ' Nguyễn Văn Bình ', phone: ' ' },
  neighbourhoodId: '',
  previouslyHandledBy: '',
  groupSize: 1,
  representatives: [],
  matters: [{ ...emptyMatter(), summary: ' Xưởng gỗ gây ồn ' }],
  refusing: false,
  refusalReason: '',
  refusalNote: '',
  duplicateOf: null,
  ...over,
});

describe('the visit request', () => {
  it('trims what was typed and leaves empty optional fields out', () => {
    expect(visitRequest(draft())).toEqual({
      citizen: { fullName: 'Nguyễn Văn Bình' },
      groupSize: 1,
      contents: [
        {
          contentType: 'complaint',
          category: 'land',
          summary: 'Xưởng gỗ gây ồn',
        },
      ],
    });
  });

  it('sends a refusal without matters, and its reason even when none was picked (the server names the field)', () => {
    const refused = visitRequest(
      draft({
        refusing: true,
        refusalReason: 'already_resolved',
        refusalNote: ' TD-1 ',
        duplicateOf: 'c1',
      }),
    );
    expect(refused.contents).toEqual([]);
    expect(refused.refusal).toEqual({
      reason: 'already_resolved',
      note: 'TD-1',
    });
    expect(refused.duplicateOf).toBeUndefined();
    expect(visitRequest(draft({ refusing: true })).refusal).toEqual({
      reason: '',
    });
    expect(visitRequest(draft({ duplicateOf: 'c1' })).duplicateOf).toBe('c1');
  });

  it('asks for repeats by a full ID number, or by a summary in a known neighbourhood', () => {
    expect(duplicateQuery('00120001234', '', '')).toEqual({});
    expect(duplicateQuery('001200012345', '', '')).toEqual({
      idNumber: '001200012345',
    });
    expect(duplicateQuery('', 'Xưởng gỗ', 'n1')).toEqual({
      summary: 'Xưởng gỗ',
      neighbourhoodId: 'n1',
    });
    expect(duplicateQuery('', 'Xưởng gỗ', '')).toEqual({});
  });

  it('keeps a representative row for a group, none below the group size', () => {
    const one = representativesFor(GROUP_VISIT_MIN_PEOPLE, []);
    expect(one).toHaveLength(1);
    const two = [emptyParty(), emptyParty()];
    expect(representativesFor(GROUP_VISIT_MIN_PEOPLE + 3, two)).toBe(two);
    expect(representativesFor(GROUP_VISIT_MIN_PEOPLE - 1, two)).toEqual([]);
  });
});
