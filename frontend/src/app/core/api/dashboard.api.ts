import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  HotSpotSettings,
  OverviewDto,
  OverviewQuery,
  PeriodReportDto,
  PeriodReportQuery,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** The dashboard API: the only place in the frontend that knows these URLs. */
const DASHBOARD = '/api/dashboard';

/** The leader overview, hot-spot thresholds and the periodic reports (JSON and Excel). */
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

  /** Forms 01/TCD and 01/XLD as an Excel workbook. */
  reportWorkbook(query: PeriodReportQuery): Observable<Blob> {
    return this.http.get(`${DASHBOARD}/reports.xlsx`, {
      params: queryParams(query),
      responseType: 'blob',
    });
  }

  hotSpotSettings(): Observable<HotSpotSettings> {
    return this.http.get<HotSpotSettings>(`${DASHBOARD}/hot-spot-settings`);
  }

  updateHotSpotSettings(
    settings: HotSpotSettings,
  ): Observable<HotSpotSettings> {
    return this.http.put<HotSpotSettings>(
      `${DASHBOARD}/hot-spot-settings`,
      settings,
    );
  }
}
