import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ROLE_LABELS, ROLES, type BilingualText, type NeighbourhoodDto, type Role, type UserDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../../core/api/admin.api';
import { problemOf } from '../../core/api/cases.api';
import { AccessibleForm } from '../../core/forms/accessible-form';
import { applyProblem, FieldErrorPipe } from '../../core/forms/field-error.pipe';
import type { MessageKey } from '../../core/i18n/messages';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { statusOf } from './user-filters';
import { UsersDirectory } from './users-directory';

type Mode = { kind: 'create' } | { kind: 'edit'; user: UserDto } | { kind: 'none' };

/**
 * One account's form, above the list: create one with a role and an agency, or change the role, lock, unlock,
 * deactivate and reset the password of the one being edited. Saving reloads the list and keeps the account open.
 */
@Component({
  selector: 'app-user-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './user-form.html',
  styleUrl: '../admin-page.scss',
})
export class UserForm {
  private readonly api = inject(AdminApi);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly directory = inject(UsersDirectory);

  protected readonly roles = ROLES;
  protected readonly roleLabel = ROLE_LABELS;
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected readonly saving = signal(false);
  protected readonly notice = signal<MessageKey | null>(null);
  protected readonly formError = signal<BilingualText | null>(null);
  /** The user's form and the password reset form, to focus the field the server refused. */
  private readonly userA11y = viewChild<AccessibleForm>('userA11y');
  private readonly resetA11y = viewChild<AccessibleForm>('resetA11y');
  protected readonly mode = signal<Mode>({ kind: 'none' });

  protected readonly form = this.fb.group({
    username: this.fb.control('', [Validators.required, Validators.pattern(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/)]),
    fullName: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
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

  /** The account being edited (the list marks its row), or null. */
  readonly editing = computed(() => {
    const mode = this.mode();
    return mode.kind === 'edit' ? mode.user : null;
  });

  /** The commune of the agency picked in the form: its neighbourhoods can be chosen (mobilization team leads). */
  protected readonly formCommuneId = computed(() => this.directory.agencyById().get(this.formAgencyId())?.communeId ?? null);

  constructor() {
    this.form.controls.agencyId.valueChanges.subscribe((id) => {
      this.formAgencyId.set(id);
      void this.loadNeighbourhoods();
    });
  }

  protected isLocked(user: UserDto): boolean {
    return statusOf(user, Date.now()) === 'locked';
  }

  private async loadNeighbourhoods(): Promise<void> {
    const communeId = this.formCommuneId();
    if (!communeId) {
      this.neighbourhoods.set([]);
      this.form.controls.neighbourhoodId.setValue('', { emitEvent: false });
      return;
    }
    try {
      this.neighbourhoods.set(await firstValueFrom(this.api.neighbourhoods(communeId)));
    } catch {
      this.neighbourhoods.set([]);
    }
  }

  startCreate(): void {
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

  startEdit(user: UserDto): void {
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
    if (user) await this.run(this.api.updateUser(user.id, { active }), 'admin.saved');
  }

  protected async unlock(): Promise<void> {
    const user = this.editing();
    if (user) await this.run(this.api.updateUser(user.id, { unlock: true }), 'admin.users.unlocked');
  }

  protected async resetPassword(): Promise<void> {
    const user = this.editing();
    this.resetForm.markAllAsTouched();
    if (!user || this.resetForm.invalid || this.saving()) return;
    this.saving.set(true);
    this.clearMessages();
    try {
      await firstValueFrom(this.api.resetPassword(user.id, this.resetForm.getRawValue()));
      this.resetForm.reset({ newPassword: '' });
      this.notice.set('admin.users.resetDone');
      await this.directory.load();
    } catch (error) {
      this.formError.set(applyProblem(this.resetForm, problemOf(error)));
      this.resetA11y()?.focusFirstInvalidAfterRender();
    } finally {
      this.saving.set(false);
    }
  }

  /** Saves, reloads the list and keeps the saved user open; a refusal is shown beside its fields. */
  private async run(call: ReturnType<AdminApi['updateUser']>, done: MessageKey): Promise<void> {
    this.saving.set(true);
    this.clearMessages();
    try {
      const saved = await firstValueFrom(call);
      await this.directory.load();
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
