import type { Routes } from '@angular/router';
import { TeamPage } from './team-page';
import { TeamsPage } from './teams-page';

/** The `/teams` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const TEAMS_ROUTES: Routes = [
  { path: '', component: TeamsPage },
  { path: ':id', component: TeamPage },
];
