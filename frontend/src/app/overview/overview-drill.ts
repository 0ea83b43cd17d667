import type { HotSpotDto, OverviewAgencyRow, OverviewAreaRow } from '@tiep-dan/contracts';
import type { Drill } from './overview-labels';

/** Query parameters of a drill-down (the filters of a row, and more), narrowed to the commune on screen ('' = all). */
export function drillIn(communeId: string, filters: Drill, more: Drill = {}): Drill {
  return communeId ? { communeId, ...filters, ...more } : { ...filters, ...more };
}

/**
 * The list filters behind a row of "who must act": its party and the lead agency (or none yet), or the commune of a
 * desk or a leader.
 */
export function partyDrill(row: OverviewAgencyRow): Drill {
  if (row.party === 'agency')
    return row.agencyId ? { pendingParty: 'agency', leadAgencyId: row.agencyId } : { pendingParty: 'agency', noLeadAgency: 'true' };
  return row.communeId ? { pendingParty: row.party, communeId: row.communeId } : { pendingParty: row.party };
}

/** The cases of a neighbourhood row, or of the row of cases whose neighbourhood is not known. */
export function placeDrill(row: OverviewAreaRow): Drill {
  return row.neighbourhoodId ? { neighbourhoodId: row.neighbourhoodId } : { noNeighbourhood: 'true' };
}

/** The cases of a cluster hot spot (its neighbourhood and category); a group visit has no list behind it. */
export function hotSpotDrill(communeId: string, h: HotSpotDto): Drill | null {
  if (h.kind !== 'cluster' || !h.neighbourhoodId || !h.category) return null;
  return drillIn(communeId, {
    neighbourhoodId: h.neighbourhoodId,
    category: h.category,
  });
}
