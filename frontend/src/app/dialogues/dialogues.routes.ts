import type { Routes } from '@angular/router';
import { DialogueDetailPage } from './dialogue-detail-page';
import { DialogueListPage } from './dialogue-list-page';

/** The `/dialogues` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const DIALOGUES_ROUTES: Routes = [
  { path: '', component: DialogueListPage },
  { path: ':id', component: DialogueDetailPage },
];
