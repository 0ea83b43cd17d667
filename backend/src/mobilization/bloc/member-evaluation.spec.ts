import { evaluateMember, gradeOf } from './member-evaluation';

describe('member evaluation', () => {
  const record = {
    briefingsHeld: 3,
    briefingsAttended: 2,
    tasksDue: 2,
    tasksOnTime: 1,
    assignments: 1,
    assignmentsAttended: 1,
    notes: 1,
    quarters: 2,
  };

  it('earns weight × done / expected on each criterion', () => {
    const result = evaluateMember(record);
    // 30·2/3 + 40·1/2 + 20·1/1 + 10·1/2 = 20 + 20 + 20 + 5 = 65 of 100
    expect(result.lines.map((l) => l.points)).toEqual([20, 20, 20, 5]);
    expect(result.score).toBe(65);
    expect(result.grade).toBe('completed');
  });

  it('leaves out what was not expected and scores over the rest', () => {
    const result = evaluateMember({
      ...record,
      assignments: 0,
      assignmentsAttended: 0,
    });
    expect(result.lines.find((l) => l.criterion === 'village_meetings')).toMatchObject({
      applies: false,
      points: 0,
    });
    // (20 + 20 + 5) / (30 + 40 + 10) = 45 / 80 = 56.25
    expect(result.score).toBe(56.25);
  });

  it('caps a criterion at its weight', () => {
    expect(
      evaluateMember({
        ...record,
        notes: 9,
        briefingsAttended: 3,
        tasksOnTime: 2,
      }).score,
    ).toBe(100);
  });

  it('scores nothing expected as 0, not completed', () => {
    expect(
      evaluateMember({
        briefingsHeld: 0,
        briefingsAttended: 0,
        tasksDue: 0,
        tasksOnTime: 0,
        assignments: 0,
        assignmentsAttended: 0,
        notes: 0,
        quarters: 0,
      }),
    ).toMatchObject({ score: 0, grade: 'not_completed' });
  });

  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [70, 'good'],
    [50, 'completed'],
    [49.99, 'not_completed'],
  ])('grades %d as %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});
