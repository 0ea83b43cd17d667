import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ROLE_LABELS, ROLES, type BilingualText, type Role, type UserDto } from '@tiep-dan/contracts';
import { AccessibleForm } from '../../core/forms/accessible-form';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { filterUsers, statusOf, type UserStatus } from './user-filters';
import { UserForm } from './user-form';
import { UsersDirectory } from './users-directory';

const PAGE_SIZE = 20;

/** Accounts: filter the list, create one with a role and an agency, change the role, lock, unlock, reset the password. */
@Component({
  selector: 'app-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    UserForm,
  ],
  providers: [UsersDirectory],
  templateUrl: './users-page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage {
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly directory = inject(UsersDirectory);

  protected readonly roles = ROLES;
  protected readonly roleLabel = ROLE_LABELS;
  protected readonly columns = ['username', 'fullName', 'role', 'agency', 'status', 'actions'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly loading = this.directory.loading;
  protected readonly loadError = this.directory.loadError;
  protected readonly agencyOptions = this.directory.agencyOptions;
  protected readonly pageIndex = signal(0);

  protected readonly filters = this.fb.group({
    text: this.fb.control(''),
    role: this.fb.control<Role | ''>(''),
    agencyId: this.fb.control(''),
    status: this.fb.control<UserStatus>(''),
  });
  private readonly filterValue = toSignal(this.filters.valueChanges, {
    initialValue: this.filters.getRawValue(),
  });

  protected readonly filtered = computed(() => filterUsers(this.directory.users(), this.filterValue(), Date.now()));

  protected readonly page = computed(() => {
    const start = this.pageIndex() * PAGE_SIZE;
    return this.filtered().slice(start, start + PAGE_SIZE);
  });

  constructor() {
    this.filters.valueChanges.subscribe(() => this.pageIndex.set(0));
    void this.load();
  }

  protected roleOf(user: UserDto): BilingualText {
    return ROLE_LABELS[user.role];
  }

  protected agencyName(id: string): string {
    return this.directory.agencyName(id);
  }

  protected isLocked(user: UserDto): boolean {
    return statusOf(user, Date.now()) === 'locked';
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected load(): Promise<void> {
    return this.directory.load();
  }
}
