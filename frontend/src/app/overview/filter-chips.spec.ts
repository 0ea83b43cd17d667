import { filterChips } from './filter-chips';

describe('filter chips', () => {
  it('says each filter of an overdue list, the dates in Vietnam days, the agency once its name is known', () => {
    const q = {
      overdue: true,
      open: true,
      type: 'complaint' as const,
      receivedFrom: '2026-10-31T17:00:00.000Z',
      receivedTo: '2026-11-30T16:59:59.999Z',
      leadAgencyId: 'a1',
    };
    expect(filterChips(q, null).map((c) => c.key)).toEqual([
      'overview.filter.overdue',
      'overview.type.complaint',
      'overview.filter.received',
    ]);
    const chips = filterChips(q, {
      id: 'a1',
      name: 'Phòng Tài nguyên và Môi trường',
    });
    expect(chips[2]?.params).toEqual({ from: '01/11/2026', to: '30/11/2026' });
    expect(chips[3]).toEqual({
      key: 'overview.agency',
      text: 'Phòng Tài nguyên và Môi trường',
    });
    // A name read for another agency is not shown for this one.
    expect(filterChips(q, { id: 'a2', name: 'Khác' })).toHaveLength(3);
  });

  it('shows "open" only when no deadline filter says more', () => {
    expect(filterChips({ open: true }, null).map((c) => c.key)).toEqual(['overview.filter.open']);
    expect(filterChips({ open: true, dueSoon: true }, null).map((c) => c.key)).toEqual(['overview.filter.dueSoon']);
  });
});
