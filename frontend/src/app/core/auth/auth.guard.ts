import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@tiep-dan/contracts';
import { Session } from './session';

/** Signed in (and, when the route lists roles, holding one of them); otherwise to the sign-in page or home. */
export const authGuard: CanActivateFn = (route, state) => {
  const session = inject(Session);
  const router = inject(Router);
  if (!session.signedIn())
    return router.createUrlTree(['/login'], {
      queryParams: { returnUrl: state.url },
    });
  const roles = route.data['roles'] as readonly Role[] | undefined;
  return !roles || session.hasRole(roles) ? true : router.createUrlTree(['/']);
};
