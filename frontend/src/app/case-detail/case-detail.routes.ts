import type { Routes } from '@angular/router';
import { CasePage } from './case-page';

/** The `/cases` screens, loaded on first visit. The parent route (app.routes.ts) carries the title and guard. */
export const CASE_DETAIL_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/inbox' },
  { path: ':id', component: CasePage },
];
