import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  HotSpotSettings,
  OverviewDto,
  OverviewQuery,
  PeriodReportDto,
  PeriodReportQuery,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';

/** The dashboard API: the only place in the frontend that knows these URLs. */
const DASHBOARD = '/api/dashboard';

function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    result = result.set(name, String(value));
  }
  return result;
}

/** The leader overview, hot-spot thresholds and the periodic reports (JSON and Excel). */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  overview(query: OverviewQuery = {}): Observable<OverviewDto> {
    return this.http.get<OverviewDto>(`${DASHBOARD}/overview`, {
      params: params(query),
    });
  }

  report(query: PeriodReportQuery): Observable<PeriodReportDto> {
    return this.http.get<PeriodReportDto>(`${DASHBOARD}/reports`, {
      params: params(query),
    });
  }

  /** Forms 01/TCD and 01/XLD as an Excel workbook. */
  reportWorkbook(query: PeriodReportQuery): Observable<Blob> {
    return this.http.get(`${DASHBOARD}/reports.xlsx`, {
      params: params(query),
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
