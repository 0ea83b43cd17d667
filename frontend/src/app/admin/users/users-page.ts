import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  ROLE_LABELS,
  ROLES,
  type AgencyDto,
  type BilingualText,
  type NeighbourhoodDto,
  type Role,
  type UserDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../../core/api/admin.api';
import { problemOf } from '../../core/api/cases.api';
import type { MessageKey } from '../../core/i18n/messages';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import {
  applyProblem,
  FieldErrorPipe,
} from '../../core/forms/field-error.pipe';
import { AccessibleForm } from '../../core/forms/accessible-form';

type Status = '' | 'active' | 'inactive' | 'locked';
type Mode =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserDto }
  | { kind: 'none' };

const KIND_ORDER = ['province', 'department', 'commune', 'unit'];
const PAGE_SIZE = 20;

/** Accounts: filter the list, create one with a role and an agency, change the role, lock, unlock, reset the password. */
@Component({
  selector: 'app-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './users-page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly roles = ROLES;
  protected readonly roleLabel = ROLE_LABELS;
  protected readonly columns = [
    'username',
    'fullName',
    'role',
    'agency',
    'status',
    'actions',
  ];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly users = signal<UserDto[]>([]);
  protected readonly agencies = signal<AgencyDto[]>([]);
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal(false);
  protected readonly saving = signal(false);
  protected readonly notice = signal<MessageKey | null>(null);
  protected readonly formError = signal<BilingualText | null>(null);
  /** The user's form and the password reset form, to focus the field the server refused. */
  private readonly userA11y = viewChild<AccessibleForm>('userA11y');
  private readonly resetA11y = viewChild<AccessibleForm>('resetA11y');
  protected readonly mode = signal<Mode>({ kind: 'none' });
  protected readonly pageIndex = signal(0);

  protected readonly filters = this.fb.group({
    text: this.fb.control(''),
    role: this.fb.control<Role | ''>(''),
    agencyId: this.fb.control(''),
    status: this.fb.control<Status>(''),
  });
  private readonly filterValue = toSignal(this.filters.valueChanges, {
    initialValue: this.filters.getRawValue(),
  });

  protected readonly form = this.fb.group({
    username: this.fb.control('', [
      Validators.required,
      Validators.pattern(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/),
    ]),
    fullName: this.fb.control('', [
      Validators.required,
      Validators.maxLength(200),
    ]),
    password: this.fb.control('', Validators.required),
    role: this.fb.control<Role>('reception_officer', Validators.required),
    agencyId: this.fb.control('', Validators.required),
    neighbourhoodId: this.fb.control(''),
    active: this.fb.control(true),
  });
  protected readonly resetForm = this.fb.group({
    newPassword: this.fb.control('', Validators.required),
  });
  private readonly formAgencyId = signal('');

  protected readonly editing = computed(() => {
    const mode = this.mode();
    return mode.kind === 'edit' ? mode.user : null;
  });

  private readonly agencyById = computed(
    () => new Map(this.agencies().map((a) => [a.id, a])),
  );

  /** Agencies in tree order, indented, for the agency picker. */
  protected readonly agencyOptions = computed(() => {
    const children = new Map<string | null, AgencyDto[]>();
    for (const a of this.agencies())
      children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
    const out: { agency: AgencyDto; label: string }[] = [];
    const walk = (parent: string | null, depth: number) => {
      const list = [...(children.get(parent) ?? [])].sort(
        (x, y) =>
          KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
          x.name.localeCompare(y.name, 'vi'),
      );
      for (const agency of list) {
        out.push({ agency, label: `${'\u2003'.repeat(depth)}${agency.name}` });
        walk(agency.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  });

  /** The commune of the agency picked in the form: its neighbourhoods can be chosen (mobilization team leads). */
  protected readonly formCommuneId = computed(
    () => this.agencyById().get(this.formAgencyId())?.communeId ?? null,
  );

  protected readonly filtered = computed(() => {
    const f = this.filterValue();
    const text = foldForSearch(f.text ?? '');
    const now = Date.now();
    return this.users().filter(
      (u) =>
        (!text ||
          foldForSearch(`${u.username} ${u.fullName}`).includes(text)) &&
        (!f.role || u.role === f.role) &&
        (!f.agencyId || u.agencyId === f.agencyId) &&
        (!f.status || statusOf(u, now) === f.status),
    );
  });

  protected readonly page = computed(() => {
    const start = this.pageIndex() * PAGE_SIZE;
    return this.filtered().slice(start, start + PAGE_SIZE);
  });

  constructor() {
    this.filters.valueChanges.subscribe(() => this.pageIndex.set(0));
    this.form.controls.agencyId.valueChanges.subscribe((id) => {
      this.formAgencyId.set(id);
      void this.loadNeighbourhoods();
    });
    void this.load();
  }

  protected roleOf(user: UserDto): BilingualText {
    return ROLE_LABELS[user.role];
  }

  protected agencyName(id: string): string {
    return this.agencyById().get(id)?.name ?? '';
  }

  protected isLocked(user: UserDto): boolean {
    return statusOf(user, Date.now()) === 'locked';
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(false);
    try {
      const [users, agencies] = await Promise.all([
        firstValueFrom(this.api.users()),
        firstValueFrom(this.api.agencies()),
      ]);
      this.users.set(users);
      this.agencies.set(agencies);
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadNeighbourhoods(): Promise<void> {
    const communeId = this.formCommuneId();
    if (!communeId) {
      this.neighbourhoods.set([]);
      this.form.controls.neighbourhoodId.setValue('', { emitEvent: false });
      return;
    }
    try {
      this.neighbourhoods.set(
        await firstValueFrom(this.api.neighbourhoods(communeId)),
      );
    } catch {
      this.neighbourhoods.set([]);
    }
  }

  protected startCreate(): void {
    this.clearMessages();
    this.form.reset({
      username: '',
      fullName: '',
      password: '',
      role: 'reception_officer',
      agencyId: '',
      neighbourhoodId: '',
      active: true,
    });
    this.form.controls.username.enable();
    this.form.controls.password.enable();
    this.mode.set({ kind: 'create' });
  }

  protected startEdit(user: UserDto): void {
    this.clearMessages();
    this.form.reset({
      username: user.username,
      fullName: user.fullName,
      password: '',
      role: user.role,
      agencyId: user.agencyId,
      neighbourhoodId: user.neighbourhoodId ?? '',
      active: user.active,
    });
    this.form.controls.username.disable();
    this.form.controls.password.disable();
    this.resetForm.reset({ newPassword: '' });
    this.mode.set({ kind: 'edit', user });
  }

  protected cancel(): void {
    this.mode.set({ kind: 'none' });
  }

  protected async save(): Promise<void> {
    const mode = this.mode();
    if (mode.kind === 'none' || this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const common = {
      fullName: value.fullName.trim(),
      role: value.role,
      agencyId: value.agencyId,
      neighbourhoodId: value.neighbourhoodId || null,
    };
    await this.run(
      mode.kind === 'create'
        ? this.api.createUser({
            ...common,
            username: value.username.trim(),
            password: value.password,
          })
        : this.api.updateUser(mode.user.id, {
            ...common,
            active: value.active,
          }),
      'admin.saved',
    );
  }

  protected async setActive(active: boolean): Promise<void> {
    const user = this.editing();
    if (user)
      await this.run(this.api.updateUser(user.id, { active }), 'admin.saved');
  }

  protected async unlock(): Promise<void> {
    const user = this.editing();
    if (user)
      await this.run(
        this.api.updateUser(user.id, { unlock: true }),
        'admin.users.unlocked',
      );
  }

  protected async resetPassword(): Promise<void> {
    const user = this.editing();
    this.resetForm.markAllAsTouched();
    if (!user || this.resetForm.invalid || this.saving()) return;
    this.saving.set(true);
    this.clearMessages();
    try {
      await firstValueFrom(
        this.api.resetPassword(user.id, this.resetForm.getRawValue()),
      );
      this.resetForm.reset({ newPassword: '' });
      this.notice.set('admin.users.resetDone');
      await this.load();
    } catch (error) {
      this.formError.set(applyProblem(this.resetForm, problemOf(error)));
      this.resetA11y()?.focusFirstInvalidAfterRender();
    } finally {
      this.saving.set(false);
    }
  }

  /** Saves, reloads the list and keeps the saved user open; a refusal is shown beside its fields. */
  private async run(
    call: ReturnType<AdminApi['updateUser']>,
    done: MessageKey,
  ): Promise<void> {
    this.saving.set(true);
    this.clearMessages();
    try {
      const saved = await firstValueFrom(call);
      await this.load();
      this.startEdit(saved);
      this.notice.set(done);
    } catch (error) {
      this.formError.set(applyProblem(this.form, problemOf(error)));
      this.userA11y()?.focusFirstInvalidAfterRender();
    } finally {
      this.saving.set(false);
    }
  }

  private clearMessages(): void {
    this.formError.set(null);
    this.notice.set(null);
  }
}

/** Lower case without diacritics (and đ → d), so "nguyen" finds "Nguyễn". */
function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim();
}

function statusOf(user: UserDto, now: number): Status {
  if (!user.active) return 'inactive';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now)
    return 'locked';
  return 'active';
}
