import { addMonths, compliance, monthsBetween } from './meeting-compliance';

describe('meeting compliance', () => {
  it('counts months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
  });

  it('flags a team that missed September until its October meeting', () => {
    const team = {
      termStart: '2026-08-01',
      termEnd: null,
      meetings: ['2026-08-05'],
    };
    expect(compliance(team, '2026-09')).toEqual({
      missed: ['2026-09'],
      open: ['2026-09'],
      lastMeetingOn: '2026-08-05',
    });
    // October is not over: it is not judged yet, and the October meeting answers September.
    const met = { ...team, meetings: [...team.meetings, '2026-10-08'] };
    expect(compliance(met, '2026-09')).toMatchObject({
      missed: ['2026-09'],
      open: [],
    });
    // A month later October counts as held; September stays missed in the record.
    expect(compliance(met, '2026-10')).toMatchObject({
      missed: ['2026-09'],
      open: [],
      lastMeetingOn: '2026-10-08',
    });
  });

  it('judges only the months of the term, within a year back', () => {
    expect(compliance({ termStart: '2026-10-20', termEnd: null, meetings: [] }, '2026-09').missed).toEqual([]);
    expect(compliance({ termStart: '2020-01-01', termEnd: null, meetings: [] }, '2026-09').missed).toHaveLength(12);
    expect(
      compliance(
        {
          termStart: '2026-01-01',
          termEnd: '2026-03-31',
          meetings: ['2026-01-09'],
        },
        '2026-09',
      ),
    ).toMatchObject({
      missed: ['2026-02', '2026-03'],
      open: ['2026-02', '2026-03'],
    });
  });
});
