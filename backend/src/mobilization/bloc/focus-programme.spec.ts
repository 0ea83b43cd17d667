import { focusPoints, focusQuota, sumPoints } from './focus-programme';

describe('focus programme', () => {
  it.each([
    [0, 0],
    [1, 1],
    [4, 1],
    [5, 1],
    [9, 1],
    [10, 2],
    [14, 2],
    [15, 3],
    [23, 4],
  ])('a commune of %i villages may choose %i', (villages, quota) => {
    expect(focusQuota(villages)).toBe(quota);
  });

  it('scores each criterion up to its weight', () => {
    expect(focusPoints(40, 100, 90)).toBe(36);
    expect(focusPoints(30, 2, 3)).toBe(30);
    expect(focusPoints(30, 3, 1)).toBe(10);
    expect(sumPoints([36, 30, 10])).toBe(76);
  });
});
