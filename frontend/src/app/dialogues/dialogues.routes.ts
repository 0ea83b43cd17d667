import type { Routes } from '@angular/router';
import { SectionPage } from '../shared/ui/section-page';

/** The `/dialogues` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const DIALOGUES_ROUTES: Routes = [{ path: '', component: SectionPage }];
