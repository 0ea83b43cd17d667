import type { Routes } from '@angular/router';
import { SectionPage } from '../shared/ui/section-page';

/** The `/admin` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const ADMIN_ROUTES: Routes = [{ path: '', component: SectionPage }];
