import type { HotSpotDto, OverviewAgencyRow } from '@tiep-dan/contracts';
import { drillIn, hotSpotDrill, partyDrill, placeDrill } from './overview-drill';

const row = (over: Partial<OverviewAgencyRow>): OverviewAgencyRow => ({
  party: 'agency',
  agencyId: null,
  agencyName: null,
  communeId: null,
  communeName: null,
  open: 1,
  dueSoon: 0,
  overdue: 0,
  maxDaysOverdue: 0,
  ...over,
});

describe('overview drill-downs', () => {
  it('narrows a drill-down to the commune on screen, and not when the whole area is shown', () => {
    expect(drillIn('c1', { open: 'true' }, { overdue: 'true' })).toEqual({
      communeId: 'c1',
      open: 'true',
      overdue: 'true',
    });
    expect(drillIn('', { open: 'true' })).toEqual({ open: 'true' });
  });

  it('lists a row of who must act by its party: the lead agency, none yet, or the commune of a desk', () => {
    expect(partyDrill(row({ agencyId: 'dc' }))).toEqual({
      pendingParty: 'agency',
      leadAgencyId: 'dc',
    });
    expect(partyDrill(row({}))).toEqual({
      pendingParty: 'agency',
      noLeadAgency: 'true',
    });
    expect(partyDrill(row({ party: 'desk', communeId: 'c1' }))).toEqual({
      pendingParty: 'desk',
      communeId: 'c1',
    });
    expect(partyDrill(row({ party: 'decider' }))).toEqual({
      pendingParty: 'decider',
    });
  });

  it('lists a neighbourhood, or the cases with none', () => {
    const place = {
      communeId: 'c1',
      communeName: 'An Phú',
      open: 1,
      dueSoon: 0,
      overdue: 0,
    };
    expect(
      placeDrill({
        ...place,
        neighbourhoodId: 'n1',
        neighbourhoodName: 'Tổ 1',
      }),
    ).toEqual({ neighbourhoodId: 'n1' });
    expect(placeDrill({ ...place, neighbourhoodId: null, neighbourhoodName: null })).toEqual({ noNeighbourhood: 'true' });
  });

  it('lists the cases of a cluster hot spot, and none behind a group visit', () => {
    const spot: HotSpotDto = {
      id: 'h1',
      kind: 'cluster',
      communeId: 'c1',
      communeName: 'An Phú',
      neighbourhoodId: 'n1',
      neighbourhoodName: 'Tổ 1',
      category: 'land',
      caseIds: ['k1'],
      caseCount: 1,
      detectedAt: '2026-03-18T01:55:00.000Z',
      title: { vi: 'Điểm nóng', en: 'Hot spot' },
    };
    expect(hotSpotDrill('c1', spot)).toEqual({
      communeId: 'c1',
      neighbourhoodId: 'n1',
      category: 'land',
    });
    expect(hotSpotDrill('', { ...spot, kind: 'group_visit' })).toBeNull();
  });
});
