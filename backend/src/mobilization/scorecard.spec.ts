import { rankTeams, scoreLines } from './scorecard';

describe('scorecard', () => {
  const criteria = [
    { metric: 'meetings_held' as const, weight: 20, target: 1 },
    { metric: 'opinions_collected' as const, weight: 30, target: 4 },
    { metric: 'people_reached' as const, weight: 50, target: 200 },
  ];

  it('earns weight × min(value / target, 1) per criterion and adds them up', () => {
    const { lines, total } = scoreLines({ meetings_held: 2, opinions_collected: 3, people_reached: 50 }, criteria);
    expect(lines.map((l) => l.points)).toEqual([20, 22.5, 12.5]);
    expect(total).toBe(55);
  });

  it('leaves a criterion weighted 0 out of the lines and the total', () => {
    const { lines, total } = scoreLines({ meetings_held: 1, attendance_rate: 90 }, [
      ...criteria,
      { metric: 'attendance_rate', weight: 0, target: 80 },
    ]);
    expect(lines.map((l) => l.metric)).toEqual(['meetings_held', 'opinions_collected', 'people_reached']);
    expect(total).toBe(20);
  });

  it('scores a month without records as zero', () => {
    expect(scoreLines({}, criteria).total).toBe(0);
  });

  it('ranks best first and lets equal totals share a rank', () => {
    const ranked = rankTeams([
      { teamName: 'B', total: 40, rank: 0 },
      { teamName: 'A', total: 70, rank: 0 },
      { teamName: 'C', total: 40, rank: 0 },
      { teamName: 'D', total: 10, rank: 0 },
    ]);
    expect(ranked.map((r) => [r.teamName, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
  });
});
