import type { Route, Routes } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';
import { HomePage } from './home/home-page';
import { LoginPage } from './login/login-page';
import { NotFoundPage } from './shared/ui/not-found-page';
import { Shell } from './shell/shell';
import { NAV_ITEMS } from './shell/nav-items';

/** Each screen's own routes, loaded lazily; the feature folder owns everything below its path. */
const FEATURE_ROUTES: Record<string, () => Promise<Routes>> = {
  reception: () => import('./reception-desk/reception.routes').then((m) => m.RECEPTION_ROUTES),
  letters: () => import('./letters/letters.routes').then((m) => m.LETTERS_ROUTES),
  inbox: () => import('./agency-inbox/inbox.routes').then((m) => m.INBOX_ROUTES),
  overview: () => import('./overview/overview.routes').then((m) => m.OVERVIEW_ROUTES),
  dialogues: () => import('./dialogues/dialogues.routes').then((m) => m.DIALOGUES_ROUTES),
  teams: () => import('./mobilization-teams/teams.routes').then((m) => m.TEAMS_ROUTES),
  bloc: () => import('./bloc/bloc.routes').then((m) => m.BLOC_ROUTES),
  admin: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  lookup: () => import('./public-lookup/lookup.routes').then((m) => m.LOOKUP_ROUTES),
};

export const appRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    children: [
      {
        path: '',
        pathMatch: 'full',
        component: HomePage,
        title: 'nav.home',
        canActivate: [authGuard],
      },
      { path: 'login', component: LoginPage, title: 'login.title' },
      ...NAV_ITEMS.map(
        (item): Route => ({
          path: item.path,
          loadChildren: FEATURE_ROUTES[item.path],
          title: item.label,
          data: {
            titleKey: item.label,
            aboutKey: item.about,
            ...(item.roles ? { roles: item.roles } : {}),
          },
          ...(item.roles ? { canActivate: [authGuard] } : {}),
        }),
      ),
      {
        // The public petition form (no sign-in): linked from the lookup and from the commune's own website.
        path: 'gui-don',
        loadChildren: () => import('./petition-form/petition.routes').then((m) => m.PETITION_ROUTES),
        title: 'petition.title',
        data: { titleKey: 'petition.title', aboutKey: 'petition.intro' },
      },
      {
        // One case, opened from any list (inbox, overview, desk); scope is enforced by the API (404 outside it).
        path: 'cases',
        loadChildren: () => import('./case-detail/case-detail.routes').then((m) => m.CASE_DETAIL_ROUTES),
        title: 'page.case',
        data: { titleKey: 'page.case', aboutKey: 'page.case.about' },
        canActivate: [authGuard],
      },
      { path: '**', component: NotFoundPage, title: 'page.notFound' },
    ],
  },
];
