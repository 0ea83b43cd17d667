import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { provideInteractiveDisabledButtons } from './core/a11y/interactive-disabled';
import { RouteFocus } from './core/a11y/route-focus';
import { authInterceptor } from './core/auth/auth.interceptor';
import { progressInterceptor } from './core/http/progress';
import { I18nTitleStrategy } from './core/i18n/i18n-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([progressInterceptor, authInterceptor])),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    provideAppInitializer(() => {
      inject(RouteFocus);
    }),
    ...provideInteractiveDisabledButtons(),
  ],
};
