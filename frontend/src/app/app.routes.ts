import type { Route } from '@angular/router';
import { HomePage } from './home/home-page';
import { NotFoundPage } from './shared/ui/not-found-page';
import { SectionPage } from './shared/ui/section-page';
import { Shell } from './shell/shell';
import { NAV_ITEMS } from './shell/nav-items';

export const appRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    children: [
      { path: '', pathMatch: 'full', component: HomePage, title: 'nav.home' },
      ...NAV_ITEMS.map(
        (item): Route => ({
          path: item.path,
          component: SectionPage,
          title: item.label,
          data: { titleKey: item.label, aboutKey: item.about },
        }),
      ),
      { path: '**', component: NotFoundPage, title: 'page.notFound' },
    ],
  },
];
