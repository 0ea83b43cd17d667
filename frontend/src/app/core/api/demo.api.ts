import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BilingualText, Role } from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';

/** One demo account as the sign-in page lists it: who it is and what to try with it. */
export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  purpose: BilingualText;
}

/** `GET /api/demo/accounts` (backend `DemoAccountsResponse`): the demo accounts and their shared password. */
export interface DemoAccountsResponse {
  password: string;
  accounts: DemoAccount[];
}

/** Demo mode only: outside it the route answers 404 and the sign-in page shows no accounts. */
@Injectable({ providedIn: 'root' })
export class DemoApi {
  private readonly http = inject(HttpClient);

  accounts(): Observable<DemoAccountsResponse> {
    return this.http.get<DemoAccountsResponse>('/api/demo/accounts');
  }
}
