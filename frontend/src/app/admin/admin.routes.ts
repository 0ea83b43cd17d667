import type { Routes } from '@angular/router';
import { AdminPage } from './admin-page';

/** The `/admin` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'agencies' },
      {
        path: 'agencies',
        title: 'admin.tab.agencies',
        loadComponent: () => import('./agencies/agencies-page').then((m) => m.AgenciesPage),
      },
      {
        path: 'neighbourhoods',
        title: 'admin.tab.neighbourhoods',
        loadComponent: () => import('./neighbourhoods/neighbourhoods-page').then((m) => m.NeighbourhoodsPage),
      },
      {
        path: 'users',
        title: 'admin.tab.users',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'open311',
        title: 'admin.tab.open311',
        loadComponent: () => import('./open311/open311-clients-page').then((m) => m.Open311ClientsPage),
      },
      {
        path: 'audit',
        title: 'admin.tab.audit',
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
    ],
  },
];
