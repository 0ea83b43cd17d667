import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { DIALOGUE_KINDS, type AgencyDto, type DialogueKind, type DialogueSummaryDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { problemOf } from '../core/api/cases.api';
import { DialoguesApi } from '../core/api/dialogues.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { communeAgencies, KIND_LABELS, lines, STATUS_LABELS, vietnamToday } from './dialogue-labels';
import { AccessibleForm } from '../core/forms/accessible-form';

/** Every dialogue of the commune (or province), newest first, and the form to record a new one. */
@Component({
  selector: 'app-dialogue-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
  ],
  templateUrl: './dialogue-list-page.html',
  styleUrl: './dialogues.scss',
})
export class DialogueListPage {
  private readonly api = inject(DialoguesApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);

  /**
   * `?caseId=` (from a complaint in the agency inbox): the list shows that complaint's dialogues and the form schedules
   * a new one on it (at least 5 days' notice, checked by the case's lifecycle).
   */
  readonly caseId = input<string>();

  protected readonly kinds = DIALOGUE_KINDS;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly dialogues = signal<DialogueSummaryDto[] | null>(null);
  protected readonly agencies = toSignal(inject(AdminApi).agencies(), {
    initialValue: [] as AgencyDto[],
  });
  protected readonly communeUnits = computed(() => communeAgencies(this.agencies(), this.session.user()?.communeId ?? null));
  protected readonly canCreate = computed(() => this.session.hasRole(['leader', 'reception_officer', 'agency_handler', 'agency_head']));
  /** Province users pick the commune; commune users hold dialogues in their own. */
  protected readonly communes = computed(() => this.agencies().filter((a) => a.kind === 'commune' && a.active));
  protected readonly needsCommune = computed(() => this.session.user()?.communeId === null);

  protected readonly formOpen = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected form = this.emptyForm();

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => {
        if (caseId) {
          this.form = this.emptyForm();
          this.formOpen.set(true);
        }
        void this.load(caseId);
      });
    });
  }

  private emptyForm() {
    return {
      kind: 'dialogue' as DialogueKind,
      title: '',
      date: vietnamToday(),
      place: '',
      communeId: '',
      chairs: this.session.user()?.fullName ?? '',
      invitedAgencyIds: [] as string[],
      participantCount: 0,
      representatives: '',
      topics: '',
    };
  }

  private async load(caseId?: string): Promise<void> {
    this.dialogues.set(await firstValueFrom(this.api.list(caseId ? { caseId } : {})).catch((): DialogueSummaryDto[] => []));
  }

  protected toggle(): void {
    this.form = this.emptyForm();
    this.error.set(null);
    this.formOpen.update((open) => !open);
  }

  protected async create(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const f = this.form;
      const created = await firstValueFrom(
        this.api.create({
          kind: f.kind,
          title: f.title,
          date: f.date,
          place: f.place,
          ...(f.communeId ? { communeId: f.communeId } : {}),
          chairs: lines(f.chairs),
          invitedAgencyIds: f.invitedAgencyIds,
          participantCount: Number(f.participantCount) || 0,
          representatives: lines(f.representatives),
          topics: lines(f.topics),
          ...(this.caseId() ? { caseId: this.caseId() } : {}),
        }),
      );
      await this.router.navigate(['/dialogues', created.id]);
    } catch (e) {
      this.error.set(
        this.i18n.t('dialogues.error', {
          message: this.i18n.pick(problemOf(e).message),
        }),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
