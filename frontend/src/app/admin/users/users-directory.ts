import { computed, inject, Injectable, signal } from '@angular/core';
import type { AgencyDto, UserDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../../core/api/admin.api';
import { agencyOptions } from './user-filters';

/** The accounts and agencies of the users screen, shared by its list and its form (provided by the page). */
@Injectable()
export class UsersDirectory {
  private readonly api = inject(AdminApi);

  readonly users = signal<UserDto[]>([]);
  readonly agencies = signal<AgencyDto[]>([]);
  readonly loading = signal(true);
  readonly loadError = signal(false);

  readonly agencyById = computed(() => new Map(this.agencies().map((a) => [a.id, a])));
  /** Agencies in tree order, indented, for the agency pickers. */
  readonly agencyOptions = computed(() => agencyOptions(this.agencies()));

  agencyName(id: string): string {
    return this.agencyById().get(id)?.name ?? '';
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(false);
    try {
      const [users, agencies] = await Promise.all([firstValueFrom(this.api.users()), firstValueFrom(this.api.agencies())]);
      this.users.set(users);
      this.agencies.set(agencies);
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
