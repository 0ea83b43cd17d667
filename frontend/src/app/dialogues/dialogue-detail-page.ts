import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  type AgencyDto,
  type CaseCategory,
  type DialogueDetailDto,
  type RaiseOpinionCaseItem,
} from '@tiep-dan/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { problemOf } from '../core/api/cases.api';
import { DialoguesApi } from '../core/api/dialogues.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { PageTitle } from '../core/i18n/page-title';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { DueBadge } from '../shared/ui/due-badge';
import { PageHeader } from '../shared/ui/page-header';
import { communeAgencies, KIND_LABELS, STATUS_LABELS, vietnamToday } from './dialogue-labels';
import { OpinionCasesPicker } from './opinion-cases-picker';
import { AccessibleForm } from '../core/forms/accessible-form';

interface OpinionDraft {
  id?: string;
  raisedBy: string;
  content: string;
  answer: string;
  category: CaseCategory;
  locked: boolean;
}

/** One dialogue: its details, the minutes editor, opinions → cases, commitments tracked as cases, attachments. */
@Component({
  selector: 'app-dialogue-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    DatePipe,
    DecimalPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    DueBadge,
    OpinionCasesPicker,
  ],
  templateUrl: './dialogue-detail-page.html',
  styleUrl: './dialogues.scss',
})
export class DialogueDetailPage {
  private readonly api = inject(DialoguesApi);
  private readonly pageTitle = inject(PageTitle);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);

  /** Route parameter (`withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly kindLabels = KIND_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly dialogue = signal<DialogueDetailDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ text: string; error: boolean } | null>(null);
  private readonly allAgencies = toSignal(inject(AdminApi).agencies(), {
    initialValue: [] as AgencyDto[],
  });
  protected readonly agencies = computed(() => communeAgencies(this.allAgencies(), this.dialogue()?.communeId ?? null));
  protected readonly canWrite = computed(() => this.session.hasRole(['leader', 'reception_officer', 'agency_handler', 'agency_head']));
  protected readonly invitedNames = computed(() => {
    const names = new Map(this.allAgencies().map((a) => [a.id, a.name]));
    return (this.dialogue()?.invitedAgencyIds ?? []).map((id) => names.get(id) ?? id).join(', ');
  });

  protected summary = '';
  protected drafts: OpinionDraft[] = [];
  protected commitment = {
    content: '',
    ownerAgencyId: '',
    dueDate: vietnamToday(),
  };

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.get(id)));
    } catch {
      this.notFound.set(true);
      this.pageTitle.show({ key: 'dialogues.notFound.title' });
    }
  }

  private show(d: DialogueDetailDto): void {
    this.dialogue.set(d);
    this.pageTitle.show({ name: d.title });
    this.summary = d.minutesSummary ?? '';
    this.drafts = d.opinions.map((o) => ({
      id: o.id,
      raisedBy: o.raisedBy ?? '',
      content: o.content,
      answer: o.answer ?? '',
      category: o.category,
      locked: o.caseId !== null,
    }));
    if (this.drafts.length === 0) this.addOpinion();
  }

  protected addOpinion(): void {
    this.drafts = [
      ...this.drafts,
      {
        raisedBy: '',
        content: '',
        answer: '',
        category: 'other',
        locked: false,
      },
    ];
  }

  protected removeOpinion(i: number): void {
    this.drafts = this.drafts.filter((_, j) => j !== i);
  }

  protected saveMinutes(): Promise<void> {
    const d = this.dialogue();
    if (!d) return Promise.resolve();
    return this.run('dialogues.minutes.saved', {}, () =>
      this.api.recordMinutes(d.id, {
        summary: this.summary,
        opinions: this.drafts
          .filter((o) => o.content.trim())
          .map((o) => ({
            ...(o.id ? { id: o.id } : {}),
            content: o.content,
            category: o.category,
            ...(o.raisedBy.trim() ? { raisedBy: o.raisedBy } : {}),
            ...(o.answer.trim() ? { answer: o.answer } : {}),
          })),
      }),
    );
  }

  protected raise(items: RaiseOpinionCaseItem[]): Promise<void> {
    const d = this.dialogue();
    if (!d) return Promise.resolve();
    return this.run('dialogues.cases.created', { n: items.length }, () => this.api.raiseCases(d.id, { items }));
  }

  protected async addCommitment(form: NgForm): Promise<void> {
    const d = this.dialogue();
    if (!d || form.invalid) return;
    await this.run('dialogues.commitment.added', {}, () => this.api.addCommitment(d.id, { ...this.commitment }));
    // A fresh, untouched form for the next commitment (no "required" warnings on the emptied fields).
    if (!this.message()?.error) form.resetForm({ content: '', owner: '', due: vietnamToday() });
  }

  protected upload(event: Event): Promise<void> {
    const d = this.dialogue();
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!d || !file) return Promise.resolve();
    return this.run(null, {}, () => this.api.addAttachment(d.id, file));
  }

  protected async download(attachmentId: string, fileName: string): Promise<void> {
    const d = this.dialogue();
    if (!d) return;
    const blob = await firstValueFrom(this.api.attachmentContent(d.id, attachmentId));
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  }

  private async run(done: MessageKey | null, params: Record<string, number>, call: () => Observable<DialogueDetailDto>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      this.show(await firstValueFrom(call()));
      if (done) this.message.set({ text: this.i18n.t(done, params), error: false });
    } catch (e) {
      const problem = problemOf(e);
      const detail = problem.errors?.map((f) => this.i18n.pick(f.message)).join('; ');
      this.message.set({
        text: this.i18n.t('dialogues.error', {
          message: this.i18n.pick(problem.message) + (detail ? ` (${detail})` : ''),
        }),
        error: true,
      });
    } finally {
      this.busy.set(false);
    }
  }
}
