import type { Routes } from '@angular/router';
import { LookupPage } from './lookup-page';

/** The `/lookup` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const LOOKUP_ROUTES: Routes = [{ path: '', component: LookupPage }];
