import type { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from './echarts';
import { OverviewCasesPage } from './overview-cases-page';
import { OverviewPage } from './overview-page';
import { ReportItemsPage } from './report-items-page';

/** The `/overview` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const OVERVIEW_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEchartsCore({ echarts })],
    children: [
      { path: '', component: OverviewPage },
      { path: 'cases', component: OverviewCasesPage },
      { path: 'report-items', component: ReportItemsPage },
    ],
  },
];
