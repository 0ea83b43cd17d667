import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  NEIGHBOURHOOD_KINDS,
  type AgencyDto,
  type BilingualText,
  type NeighbourhoodDto,
  type NeighbourhoodKind,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../../core/api/admin.api';
import { problemOf } from '../../core/api/cases.api';
import type { MessageKey } from '../../core/i18n/messages';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { NEIGHBOURHOOD_KIND_LABEL } from '../admin-labels';
import { applyProblem, FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { AccessibleForm } from '../../core/forms/accessible-form';

type Mode = { kind: 'create' } | { kind: 'edit'; neighbourhood: NeighbourhoodDto } | { kind: 'none' };

/** Neighbourhoods (tổ dân phố, khu phố, thôn, ấp, bản) of one commune, with a form to add and edit. */
@Component({
  selector: 'app-neighbourhoods-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './neighbourhoods-page.html',
  styleUrl: '../admin-page.scss',
})
export class NeighbourhoodsPage {
  private readonly api = inject(AdminApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly kinds = NEIGHBOURHOOD_KINDS;
  protected readonly kindLabel = NEIGHBOURHOOD_KIND_LABEL;
  protected readonly columns = ['name', 'kind', 'status', 'actions'];
  protected readonly communes = signal<AgencyDto[]>([]);
  protected readonly communeId = signal<string>('');
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly formError = signal<BilingualText | null>(null);
  /** The edit form (shown once an item is picked), to focus the field the server refused. */
  private readonly formA11y = viewChild(AccessibleForm);
  protected readonly mode = signal<Mode>({ kind: 'none' });
  protected readonly editing = computed(() => {
    const mode = this.mode();
    return mode.kind === 'edit' ? mode.neighbourhood : null;
  });

  protected readonly form = this.fb.group({
    name: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
    kind: this.fb.control<NeighbourhoodKind>('to_dan_pho', Validators.required),
    active: this.fb.control(true),
  });

  constructor() {
    void this.loadCommunes();
  }

  protected kindOf(n: NeighbourhoodDto): MessageKey {
    return NEIGHBOURHOOD_KIND_LABEL[n.kind];
  }

  protected async loadCommunes(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(false);
    try {
      const agencies = await firstValueFrom(this.api.agencies());
      const communes = agencies.filter((a) => a.kind === 'commune').sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      this.communes.set(communes);
      if (!this.communeId() && communes[0]) await this.chooseCommune(communes[0].id);
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected async chooseCommune(id: string): Promise<void> {
    this.communeId.set(id);
    this.mode.set({ kind: 'none' });
    await this.loadNeighbourhoods();
  }

  private async loadNeighbourhoods(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(false);
    try {
      const list = await firstValueFrom(this.api.neighbourhoods(this.communeId()));
      // "Tổ dân phố 2" before "Tổ dân phố 12".
      this.neighbourhoods.set([...list].sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true })));
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected startCreate(): void {
    this.formError.set(null);
    this.saved.set(false);
    const commune = this.communes().find((c) => c.id === this.communeId());
    // A remote commune's hamlets are usually thôn/bản; a ward's are tổ dân phố.
    this.form.reset({
      name: '',
      kind: commune?.remoteArea ? 'thon' : 'to_dan_pho',
      active: true,
    });
    this.mode.set({ kind: 'create' });
  }

  protected startEdit(neighbourhood: NeighbourhoodDto): void {
    this.formError.set(null);
    this.saved.set(false);
    this.form.reset({
      name: neighbourhood.name,
      kind: neighbourhood.kind,
      active: neighbourhood.active,
    });
    this.mode.set({ kind: 'edit', neighbourhood });
  }

  protected cancel(): void {
    this.mode.set({ kind: 'none' });
  }

  protected async save(): Promise<void> {
    const mode = this.mode();
    if (mode.kind === 'none' || this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.saving.set(true);
    this.formError.set(null);
    this.saved.set(false);
    const value = this.form.getRawValue();
    try {
      const saved = await firstValueFrom(
        mode.kind === 'create'
          ? this.api.createNeighbourhood({
              communeId: this.communeId(),
              kind: value.kind,
              name: value.name.trim(),
            })
          : this.api.updateNeighbourhood(mode.neighbourhood.id, {
              name: value.name.trim(),
              kind: value.kind,
              active: value.active,
            }),
      );
      await this.loadNeighbourhoods();
      this.startEdit(saved);
      this.saved.set(true);
    } catch (error) {
      this.formError.set(applyProblem(this.form, problemOf(error)));
      this.formA11y()?.focusFirstInvalidAfterRender();
    } finally {
      this.saving.set(false);
    }
  }
}
