import type { Routes } from '@angular/router';
import { LettersPage } from './letters-page';

/** The `/letters` screens, loaded on first visit. The parent route (app.routes.ts) carries the title, roles and guard. */
export const LETTERS_ROUTES: Routes = [{ path: '', component: LettersPage }];
