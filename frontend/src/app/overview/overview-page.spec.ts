import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { OverviewDto, PeriodReportQuery } from '@tiep-dan/contracts';
import { provideEchartsCore } from 'ngx-echarts';
import { of } from 'rxjs';
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
      agencyId: 'dc',
      agencyName: 'Địa chính',
      open: 4,
      dueSoon: 2,
      overdue: 2,
      maxDaysOverdue: 2,
    },
    {
      agencyId: null,
      agencyName: null,
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
  trend: [
    { weekStart: '2026-03-16', received: 0, resolved: 0, becameOverdue: 4 },
  ],
  hotSpots: [],
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
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??=
      NoResizeObserver;
  });

  const reportWorkbook = jest.fn((query: PeriodReportQuery) => {
    void query;
    return of(new Blob(['x']));
  });

  beforeEach(() => {
    reportWorkbook.mockClear();
    TestBed.configureTestingModule({
      imports: [OverviewPage],
      providers: [
        provideRouter([]),
        provideNoopAnimations(),
        // The charts never load in jsdom (no canvas); the numbers around them are what this test checks.
        provideEchartsCore({ echarts: () => new Promise(() => undefined) }),
        {
          provide: DashboardApi,
          useValue: { overview: () => of(OVERVIEW), reportWorkbook },
        },
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

  it('shows the totals and links each agency number to its cases', async () => {
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(
      el.querySelector('[data-testid="kpi-overdue"]')?.textContent,
    ).toContain('4');
    expect(
      el.querySelector('[data-testid="kpi-due-soon"]')?.getAttribute('href'),
    ).toBe('/overview/cases?open=true&dueSoon=true');
    const rows = el.querySelectorAll('[data-testid="agency-row"]');
    expect(rows).toHaveLength(2);
    expect(
      rows[0]
        .querySelector('[data-testid="agency-overdue"]')
        ?.getAttribute('href'),
    ).toBe('/overview/cases?leadAgencyId=dc&open=true&overdue=true');
    // Cases not yet assigned have no agency to filter by: the number shows without a link.
    expect(rows[1].querySelector('a')).toBeNull();
    expect(rows[1].textContent).toContain('Chưa giao cơ quan');
    // What citizens thought of the answers, by agency.
    const rating = el.querySelector('[data-testid="rating-row"]');
    expect(rating?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /Địa chính\s*★ 4.33 3/,
    );
  });

  it('exports the chosen period of the chosen year', async () => {
    const fixture = TestBed.createComponent(OverviewPage);
    await fixture.whenStable();
    const page = fixture.componentInstance as unknown as {
      year: { set(y: number): void };
      period: { set(p: string): void };
      exportReport(): Promise<void>;
    };
    page.year.set(2026);
    page.period.set('m6');
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    await page.exportReport();
    expect(reportWorkbook).toHaveBeenCalledWith({
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });
});
