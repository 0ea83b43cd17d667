import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { AGENCY_KINDS, type AgencyDto, type AgencyKind, type BilingualText } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../../core/api/admin.api';
import { problemOf } from '../../core/api/cases.api';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AGENCY_KIND_LABEL } from '../admin-labels';
import { applyProblem, FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { AccessibleForm } from '../../core/forms/accessible-form';

/** Which level sits under which (the server enforces the same rule, organisation/agency-tree.ts). */
const PARENT_KIND: Record<AgencyKind, AgencyKind | null> = {
  province: null,
  department: 'province',
  commune: 'province',
  unit: 'commune',
};
const KIND_ORDER: AgencyKind[] = ['province', 'department', 'commune', 'unit'];

interface TreeRow {
  agency: AgencyDto;
  level: number;
  hasChildren: boolean;
  expanded: boolean;
}

type Mode = { kind: 'create' } | { kind: 'edit'; agency: AgencyDto } | { kind: 'none' };

/** The agency tree (province → departments and communes → each commune's units) with a form to add and edit. */
@Component({
  selector: 'app-agencies-page',
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
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './agencies-page.html',
  styleUrl: '../admin-page.scss',
})
export class AgenciesPage {
  private readonly api = inject(AdminApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly kinds = AGENCY_KINDS;
  protected readonly kindLabel = AGENCY_KIND_LABEL;
  protected readonly agencies = signal<AgencyDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal(false);
  protected readonly saving = signal(false);
  protected readonly formError = signal<BilingualText | null>(null);
  /** The edit form (shown once an item is picked), to focus the field the server refused. */
  private readonly formA11y = viewChild(AccessibleForm);
  protected readonly saved = signal(false);
  protected readonly mode = signal<Mode>({ kind: 'none' });
  private readonly collapsed = signal<ReadonlySet<string>>(new Set());

  protected readonly form = this.fb.group({
    kind: this.fb.control<AgencyKind>('unit', Validators.required),
    parentId: this.fb.control<string>(''),
    code: this.fb.control('', [Validators.required, Validators.pattern(/^[A-Z0-9][A-Z0-9_.-]{1,40}$/)]),
    name: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
    remoteArea: this.fb.control(false),
    active: this.fb.control(true),
  });
  private readonly formKind = signal<AgencyKind>('unit');

  private readonly byParent = computed(() => {
    const map = new Map<string | null, AgencyDto[]>();
    const ids = new Set(this.agencies().map((a) => a.id));
    for (const a of this.agencies()) {
      const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
      map.set(parent, [...(map.get(parent) ?? []), a]);
    }
    for (const list of map.values())
      list.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.name.localeCompare(y.name, 'vi'));
    return map;
  });

  /** The visible rows, depth first; a collapsed node hides its subtree. */
  protected readonly rows = computed<TreeRow[]>(() => {
    const rows: TreeRow[] = [];
    const collapsed = this.collapsed();
    const walk = (parent: string | null, level: number) => {
      for (const agency of this.byParent().get(parent) ?? []) {
        const hasChildren = (this.byParent().get(agency.id) ?? []).length > 0;
        const expanded = !collapsed.has(agency.id);
        rows.push({ agency, level, hasChildren, expanded });
        if (hasChildren && expanded) walk(agency.id, level + 1);
      }
    };
    walk(null, 1);
    return rows;
  });

  protected readonly parentOptions = computed(() => {
    const parentKind = PARENT_KIND[this.formKind()];
    return parentKind ? this.agencies().filter((a) => a.kind === parentKind && a.active) : [];
  });

  protected readonly editing = computed(() => {
    const mode = this.mode();
    return mode.kind === 'edit' ? mode.agency : null;
  });

  protected readonly parentName = computed(() => {
    const parentId = this.editing()?.parentId;
    return this.agencies().find((a) => a.id === parentId)?.name ?? '';
  });

  constructor() {
    this.form.controls.kind.valueChanges.subscribe((kind) => {
      this.formKind.set(kind);
      if (!this.parentOptions().some((a) => a.id === this.form.value.parentId)) this.form.controls.parentId.setValue('');
    });
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(false);
    try {
      this.agencies.set(await firstValueFrom(this.api.agencies()));
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected toggle(row: TreeRow): void {
    this.collapsed.update((set) => {
      const next = new Set(set);
      if (next.has(row.agency.id)) next.delete(row.agency.id);
      else next.add(row.agency.id);
      return next;
    });
  }

  protected startCreate(parent?: AgencyDto): void {
    const kind: AgencyKind = parent?.kind === 'commune' ? 'unit' : parent?.kind === 'province' ? 'commune' : 'unit';
    this.resetForm();
    this.formKind.set(kind);
    this.form.reset({
      kind,
      parentId: parent?.id ?? '',
      code: '',
      name: '',
      remoteArea: parent?.remoteArea ?? false,
      active: true,
    });
    this.form.controls.kind.enable();
    this.form.controls.parentId.enable();
    this.form.controls.code.enable();
    this.mode.set({ kind: 'create' });
  }

  protected startEdit(agency: AgencyDto): void {
    this.resetForm();
    this.formKind.set(agency.kind);
    this.form.reset({
      kind: agency.kind,
      parentId: agency.parentId ?? '',
      code: agency.code,
      name: agency.name,
      remoteArea: agency.remoteArea,
      active: agency.active,
    });
    // Level, parent and code place the agency in the tree and in every case's scope: fixed once created.
    this.form.controls.kind.disable();
    this.form.controls.parentId.disable();
    this.form.controls.code.disable();
    this.mode.set({ kind: 'edit', agency });
  }

  protected cancel(): void {
    this.resetForm();
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
          ? this.api.createAgency({
              kind: value.kind,
              parentId: value.parentId || null,
              code: value.code.trim(),
              name: value.name.trim(),
              remoteArea: value.remoteArea,
            })
          : this.api.updateAgency(mode.agency.id, {
              name: value.name.trim(),
              remoteArea: value.remoteArea,
              active: value.active,
            }),
      );
      await this.load();
      this.startEdit(saved);
      this.saved.set(true);
    } catch (error) {
      this.formError.set(applyProblem(this.form, problemOf(error)));
      this.formA11y()?.focusFirstInvalidAfterRender();
    } finally {
      this.saving.set(false);
    }
  }

  private resetForm(): void {
    this.formError.set(null);
    this.saved.set(false);
  }
}
