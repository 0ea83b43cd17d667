import type { Routes } from '@angular/router';
import { ReceptionDeskPage } from './reception-desk-page';

/** The `/reception` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const RECEPTION_ROUTES: Routes = [{ path: '', component: ReceptionDeskPage }];
