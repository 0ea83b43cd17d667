import { Injectable, computed, inject } from '@angular/core';
import { Session } from '../core/auth/session';
import { NAV_ITEMS } from './nav-items';

/** The screens the signed-in user works on (the server enforces the same scopes on every request). */
@Injectable({ providedIn: 'root' })
export class VisibleNav {
  private readonly session = inject(Session);
  readonly items = computed(() => NAV_ITEMS.filter((item) => !item.roles || this.session.hasRole(item.roles)));
}
