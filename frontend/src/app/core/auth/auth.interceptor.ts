import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { Session } from './session';

const PUBLIC = ['/api/auth/login', '/api/auth/refresh', '/api/health'];

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/** Adds the access token to API calls; on an expired token refreshes once and retries, else sends the user to sign in. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/') || PUBLIC.includes(request.url)) return next(request);
  const session = inject(Session);
  const router = inject(Router);
  return next(withToken(request, session.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || request.url === '/api/auth/logout')
        return throwError(() => error);
      return from(session.refresh()).pipe(
        switchMap((ok) => {
          if (ok) return next(withToken(request, session.accessToken()));
          void router.navigate(['/login'], {
            queryParams: { returnUrl: router.url },
          });
          return throwError(() => error);
        }),
      );
    }),
  );
};
