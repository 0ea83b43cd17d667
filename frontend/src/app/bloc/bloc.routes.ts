import type { Routes } from '@angular/router';
import { BlocPage } from './bloc-page';

/** The `/bloc` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const BLOC_ROUTES: Routes = [
  {
    path: '',
    component: BlocPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'plan' },
      {
        path: 'plan',
        title: 'bloc.tab.plan',
        loadComponent: () => import('./plan-tab').then((m) => m.PlanTab),
      },
      {
        path: 'sentiment',
        title: 'bloc.tab.sentiment',
        loadComponent: () => import('./sentiment-tab').then((m) => m.SentimentTab),
      },
      {
        path: 'oversight',
        title: 'bloc.tab.oversight',
        loadComponent: () => import('./oversight-tab').then((m) => m.OversightTab),
      },
      {
        path: 'practices',
        title: 'bloc.tab.practices',
        loadComponent: () => import('./practices-tab').then((m) => m.PracticesTab),
      },
      {
        path: 'reviews',
        title: 'bloc.tab.reviews',
        loadComponent: () => import('./reviews-tab').then((m) => m.ReviewsTab),
      },
    ],
  },
];
