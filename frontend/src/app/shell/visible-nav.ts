import { Injectable, computed, inject } from '@angular/core';
import { Session } from '../core/auth/session';
import { NAV_ITEMS } from './nav-items';

/** The screens the signed-in user works on (the server enforces the same scopes on every request). */
@Injectable({ providedIn: 'root' })
export class VisibleNav {
  private readonly session = inject(Session);
  readonly items = computed(() => {
    const user = this.session.user();
    return NAV_ITEMS.filter((item) => !item.roles || (user !== null && item.roles.includes(user.role)));
  });
}
