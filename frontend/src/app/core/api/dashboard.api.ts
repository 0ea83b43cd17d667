import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  HotSpotSettings,
  OverviewDto,
  OverviewQuery,
  PeriodReportDto,
  PeriodReportQuery,
  ReportItemsDto,
  ReportItemsQuery,
  ReportWorkbookQuery,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The dashboard API: the only place in the frontend that knows these URLs. */
const DASHBOARD = '/api/dashboard';

/** The leader overview, hot-spot thresholds and the periodic reports (JSON, the list behind a figure, Excel). */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  overview(query: OverviewQuery = {}): Observable<OverviewDto> {
    return this.http.get<OverviewDto>(`${DASHBOARD}/overview`, {
      params: queryParams(query),
    });
  }

  report(query: PeriodReportQuery): Observable<PeriodReportDto> {
    return this.http.get<PeriodReportDto>(`${DASHBOARD}/reports`, {
      params: queryParams(query),
    });
  }

  /** What one figure of a form counts. */
  reportItems(query: ReportItemsQuery): Observable<ReportItemsDto> {
    return this.http.get<ReportItemsDto>(`${DASHBOARD}/reports/items`, {
      params: queryParams(query),
    });
  }

  /** One form of the period as an Excel file in the form's layout. */
  reportWorkbook(query: ReportWorkbookQuery): Observable<Blob> {
    return this.http.get(`${DASHBOARD}/reports.xlsx`, {
      params: queryParams(query),
      responseType: 'blob',
    });
  }

  hotSpotSettings(): Observable<HotSpotSettings> {
    return this.http.get<HotSpotSettings>(`${DASHBOARD}/hot-spot-settings`);
  }

  updateHotSpotSettings(settings: HotSpotSettings): Observable<HotSpotSettings> {
    return this.http.put<HotSpotSettings>(`${DASHBOARD}/hot-spot-settings`, settings);
  }
}
