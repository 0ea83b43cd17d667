import type { Routes } from '@angular/router';
import { PetitionPage } from './petition-page';

/** The public `/gui-don` screen, loaded on first visit; no sign-in. */
export const PETITION_ROUTES: Routes = [{ path: '', component: PetitionPage }];
