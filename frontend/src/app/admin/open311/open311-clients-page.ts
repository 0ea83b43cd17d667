import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import type { BilingualText, CreatedOpen311ClientDto, Open311ClientDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../../core/api/cases.api';
import { Open311Api } from '../../core/api/open311.api';
import { applyProblem, FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * The client apps of the Open311 GeoReport API (a city app, a chatbot…): issue a key (shown once, only its hash is
 * kept) and revoke it. Every issue and revocation is in the security log.
 */
@Component({
  selector: 'app-open311-clients-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './open311-clients-page.html',
  styleUrl: '../admin-page.scss',
})
export class Open311ClientsPage {
  private readonly api = inject(Open311Api);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly columns = ['name', 'key', 'created', 'lastUsed', 'status', 'actions'];
  protected readonly clients = signal<Open311ClientDto[]>([]);
  protected readonly loadError = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<BilingualText | null>(null);
  protected readonly issued = signal<CreatedOpen311ClientDto | null>(null);
  protected readonly form = this.fb.group({
    name: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(false);
    try {
      this.clients.set(await firstValueFrom(this.api.clients()));
    } catch {
      this.loadError.set(true);
    }
  }

  protected async create(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.formError.set(null);
    try {
      const created = await firstValueFrom(this.api.create({ name: this.form.getRawValue().name.trim() }));
      this.issued.set(created);
      // A fresh form, not one that shows the empty name as an error.
      this.formDirective()?.resetForm();
      await this.load();
    } catch (error) {
      this.formError.set(applyProblem(this.form, problemOf(error)));
    } finally {
      this.saving.set(false);
    }
  }

  protected async revoke(client: Open311ClientDto): Promise<void> {
    if (!confirm(this.i18n.t('admin.open311.revokeConfirm', { name: client.name }))) return;
    try {
      await firstValueFrom(this.api.revoke(client.id));
      if (this.issued()?.id === client.id) this.issued.set(null);
      await this.load();
    } catch (error) {
      this.formError.set(problemOf(error).message);
    }
  }
}
