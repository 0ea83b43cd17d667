import type { Route } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';
import { HomePage } from './home/home-page';
import { LoginPage } from './login/login-page';
import { NotFoundPage } from './shared/ui/not-found-page';
import { SectionPage } from './shared/ui/section-page';
import { Shell } from './shell/shell';
import { NAV_ITEMS } from './shell/nav-items';

export const appRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    children: [
      { path: '', pathMatch: 'full', component: HomePage, title: 'nav.home', canActivate: [authGuard] },
      { path: 'login', component: LoginPage, title: 'login.title' },
      ...NAV_ITEMS.map(
        (item): Route => ({
          path: item.path,
          component: SectionPage,
          title: item.label,
          data: { titleKey: item.label, aboutKey: item.about, ...(item.roles ? { roles: item.roles } : {}) },
          ...(item.roles ? { canActivate: [authGuard] } : {}),
        }),
      ),
      { path: '**', component: NotFoundPage, title: 'page.notFound' },
    ],
  },
];
