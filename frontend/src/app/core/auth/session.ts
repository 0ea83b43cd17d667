import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { CurrentUserDto, Role, TokenResponse } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';

/** Kept for the browser tab only: closing it signs the officer out (shared desk computers). */
const STORAGE_KEY = 'tiepdan.session';

/** The signed-in user and their tokens. The server checks everything again; this only drives the UI. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly tokens = signal<TokenResponse | null>(this.restore());
  private refreshing: Promise<boolean> | null = null;

  readonly user = computed<CurrentUserDto | null>(() => this.tokens()?.user ?? null);
  readonly signedIn = computed(() => this.tokens() !== null);

  accessToken(): string | null {
    return this.tokens()?.accessToken ?? null;
  }

  hasRole(roles: readonly Role[]): boolean {
    const user = this.user();
    return user !== null && roles.includes(user.role);
  }

  async login(username: string, password: string): Promise<void> {
    this.store(
      await firstValueFrom(
        this.http.post<TokenResponse>('/api/auth/login', {
          username,
          password,
        }),
      ),
    );
  }

  /** Exchanges the refresh token once for concurrent callers; false when the session is over. */
  refresh(): Promise<boolean> {
    const refreshToken = this.tokens()?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    this.refreshing ??= firstValueFrom(this.http.post<TokenResponse>('/api/auth/refresh', { refreshToken }))
      .then((tokens) => {
        this.store(tokens);
        return true;
      })
      .catch(() => {
        this.store(null);
        return false;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async logout(): Promise<void> {
    try {
      if (this.accessToken()) await firstValueFrom(this.http.post('/api/auth/logout', {}));
    } finally {
      this.store(null);
    }
  }

  private store(tokens: TokenResponse | null): void {
    this.tokens.set(tokens);
    try {
      if (tokens) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be refused; the session then lasts for this page only.
    }
  }

  private restore(): TokenResponse | null {
    try {
      const raw = sessionStorage.getItem(STORAGE_KEY);
      return raw ? (JSON.parse(raw) as TokenResponse) : null;
    } catch {
      return null;
    }
  }
}
