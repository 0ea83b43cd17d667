import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { BlocWatchDto, OverviewDto, PeriodReportDto } from '@tiep-dan/contracts';
import { provideEchartsCore } from 'ngx-echarts';
import { of } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { CitizensApi } from '../core/api/citizens.api';
import { DashboardApi } from '../core/api/dashboard.api';
import { Session } from '../core/auth/session';
import { OverviewPage } from './overview-page';

const OVERVIEW: OverviewDto = {
  area: { kind: 'commune', id: 'c1', name: 'Phường An Phú' },
  asOf: '2026-03-18T02:00:00.000Z',
  totals: { open: 6, dueSoon: 2, overdue: 4 },
  byAgency: [
    {
      party: 'agency',
      agencyId: 'dc',
      agencyName: 'Địa chính',
      communeId: null,
      communeName: null,
      open: 3,
      dueSoon: 1,
      overdue: 2,
      maxDaysOverdue: 2,
    },
    {
      party: 'desk',
      agencyId: null,
      agencyName: null,
      communeId: 'c1',
      communeName: 'Phường An Phú',
      open: 1,
      dueSoon: 1,
      overdue: 0,
      maxDaysOverdue: 0,
    },
    {
      party: 'decider',
      agencyId: null,
      agencyName: null,
      communeId: null,
      communeName: null,
      open: 1,
      dueSoon: 0,
      overdue: 1,
      maxDaysOverdue: 1,
    },
    {
      party: 'agency',
      agencyId: null,
      agencyName: null,
      communeId: null,
      communeName: null,
      open: 1,
      dueSoon: 0,
      overdue: 1,
      maxDaysOverdue: 2,
    },
  ],
  byType: [{ type: 'complaint', open: 4, dueSoon: 1, overdue: 3 }],
  byCategory: [{ category: 'land', open: 3, dueSoon: 1, overdue: 2 }],
  byNeighbourhood: [],
  byCommune: [
    {
      communeId: 'c1',
      communeName: 'Phường An Phú',
      open: 6,
      dueSoon: 2,
      overdue: 4,
    },
  ],
  worstOverdue: [],
  trend: [{ weekStart: '2026-03-16', received: 0, resolved: 0, becameOverdue: 4 }],
  hotSpots: [],
};

const WATCH: BlocWatchDto = {
  lastCompleteMonth: '2026-02',
  flagged: [
    {
      teamId: 't1',
      teamName: 'Tổ dân vận Tổ dân phố 1',
      neighbourhoodName: 'Tổ dân phố 1',
      communeId: 'c1',
      communeName: 'Phường An Phú',
      missedMonths: ['2026-01', '2026-02'],
      lastMeetingOn: '2025-12-05',
      lastInspection: null,
    },
  ],
  focus: [],
};

/** jsdom has no ResizeObserver; the chart directive only needs one to exist. */
class NoResizeObserver {
  observe(): void {
    return;
  }
  unobserve(): void {
    return;
  }
  disconnect(): void {
    return;
  }
}

describe('OverviewPage', () => {
  beforeAll(() => {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
  });

  const report: PeriodReportDto = {
    from: '2026-01-01',
    to: '2026-03-31',
    area: OVERVIEW.area,
    tables: [],
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [OverviewPage],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        // The charts never load in jsdom (no canvas); the numbers around them are what this test checks.
        provideEchartsCore({ echarts: () => new Promise(() => undefined) }),
        {
          provide: DashboardApi,
          useValue: { overview: () => of(OVERVIEW), report: () => of(report) },
        },
        { provide: BlocApi, useValue: { watch: () => of(WATCH) } },
        { provide: Session, useValue: { user: () => ({ communeId: 'c1' }) } },
        {
          provide: CitizensApi,
          useValue: {
            ratingsByAgency: () =>
              of([
                {
                  agencyId: 'dc',
                  agencyName: 'Địa chính',
                  count: 3,
                  average: 4.33,
                },
              ]),
          },
        },
      ],
    });
  });

  it('shows the totals and links each number of who must act to its cases', async () => {
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="kpi-overdue"]')?.textContent).toContain('4');
    expect(el.querySelector('[data-testid="kpi-due-soon"]')?.getAttribute('href')).toBe('/overview/cases?open=true&dueSoon=true');
    const rows = el.querySelectorAll('[data-testid="agency-row"]');
    expect(rows).toHaveLength(4);
    const overdueLink = (row: Element) => row.querySelector('[data-testid="agency-overdue"]')?.getAttribute('href');
    expect(overdueLink(rows[0])).toBe('/overview/cases?pendingParty=agency&leadAgencyId=dc&open=true&overdue=true');
    // A case waiting for the desk counts against the commune's desk, and lists by that party.
    expect(rows[1].textContent).toContain('Bộ phận tiếp công dân – Phường An Phú');
    expect(overdueLink(rows[1])).toBe('/overview/cases?pendingParty=desk&communeId=c1&open=true&overdue=true');
    expect(rows[2].textContent).toContain('Lãnh đạo có thẩm quyền');
    expect(overdueLink(rows[2])).toBe('/overview/cases?pendingParty=decider&open=true&overdue=true');
    // Cases not yet given to an agency list by that very fact.
    expect(rows[3].textContent).toContain('Chưa giao cơ quan');
    expect(overdueLink(rows[3])).toBe('/overview/cases?pendingParty=agency&noLeadAgency=true&open=true&overdue=true');
    // What citizens thought of the answers, by agency.
    const rating = el.querySelector('[data-testid="rating-row"]');
    expect(rating?.textContent?.replace(/\s+/g, ' ')).toMatch(/Địa chính\s*★ 4.33 3/);
  });

  it('drills down the row of cases with no neighbourhood, and puts hot spots first when there are any', async () => {
    const overview: OverviewDto = {
      ...OVERVIEW,
      byNeighbourhood: [
        {
          neighbourhoodId: null,
          neighbourhoodName: null,
          communeId: 'c1',
          communeName: 'Phường An Phú',
          open: 2,
          dueSoon: 0,
          overdue: 1,
        },
      ],
      hotSpots: [
        {
          id: 'h1',
          kind: 'group_visit',
          communeId: 'c1',
          communeName: 'Phường An Phú',
          neighbourhoodId: null,
          neighbourhoodName: null,
          category: 'land',
          caseIds: ['k1'],
          caseCount: 1,
          detectedAt: '2026-03-18T01:55:00.000Z',
          title: {
            vi: 'Điểm nóng: đoàn đông người tại Phường An Phú',
            en: 'Hot spot: group visit from Phường An Phú',
          },
        },
      ],
    };
    TestBed.overrideProvider(DashboardApi, {
      useValue: { overview: () => of(overview), report: () => of(report) },
    });
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="neighbourhood-open"]')?.getAttribute('href')).toBe(
      '/overview/cases?noNeighbourhood=true&open=true',
    );
    const card = el.querySelector('[data-testid="hot-spots-card"]');
    const kpis = el.querySelector('.kpis');
    expect(card?.textContent).toContain('đoàn đông người');
    // The card comes before the figures.
    expect(card && kpis ? card.compareDocumentPosition(kpis) & Node.DOCUMENT_POSITION_FOLLOWING : 0).toBeTruthy();
    expect(el.querySelector('[data-testid="overview-as-of"]')?.textContent).toContain('Cập nhật lúc 09:00');
  });

  it('lists the teams flagged for a missed monthly meeting', async () => {
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    fixture.detectChanges();
    const flagged = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="watch-flagged"]');
    expect(flagged?.textContent).toContain('Tổ dân vận Tổ dân phố 1');
    expect(flagged?.textContent).toContain('01/2026, 02/2026');
  });
});
