import type { Routes } from '@angular/router';
import { InboxPage } from './inbox-page';

/** The `/inbox` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const INBOX_ROUTES: Routes = [{ path: '', component: InboxPage }];
