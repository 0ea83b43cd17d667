import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { CASE_CATEGORY_LABELS, type AgencyDto, type BilingualText, type CaseDetailDto, type DialogueSummaryDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { DialoguesApi } from '../core/api/dialogues.api';
import { CasesApi, problemOf, type ApiFieldError } from '../core/api/cases.api';
import { Session } from '../core/auth/session';
import { PageTitle } from '../core/i18n/page-title';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PENDING_PARTY_LABEL } from '../shared/pending-party';
import { DeadlineWhy } from '../shared/ui/deadline-why';
import { DueBadge, NOW } from '../shared/ui/due-badge';
import { LifecycleDiagram } from '../shared/ui/lifecycle-diagram';
import { AssignmentPanel } from './assignment-panel';
import { AttachmentsPanel } from './attachments-panel';
import { CaseLinksPanel } from './case-links-panel';
import { FollowUpsPanel } from './follow-ups-panel';
import { EventForm, vietnamDatePlus, type EventSubmission } from './event-form';
import { HistoryTimeline } from './history-timeline';
import { NoticesPanel } from './notices-panel';
import { CitizenNoticesPanel } from './citizen-notices-panel';
import { agenciesFor, caseActions, dialogueDayAhead, mayUpload, relatedLinks, visitedStates } from './case-view';
import { PartiesPanel } from './parties-panel';

type LoadState = 'loading' | 'ready' | 'notFound' | 'error';
type Banner = { kind: 'done'; event: BilingualText } | { kind: 'conflict' } | { kind: 'error'; text: BilingualText };

/**
 * One case (`/cases/:id`): where it stands and until when (with the reasons for the date), its lifecycle, the actions
 * the caller may take now as forms generated from the machine, its history, parties, files and related cases.
 */
@Component({
  selector: 'app-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatCardModule,
    RouterLink,
    TranslatePipe,
    DeadlineWhy,
    DueBadge,
    LifecycleDiagram,
    AssignmentPanel,
    AttachmentsPanel,
    CaseLinksPanel,
    FollowUpsPanel,
    EventForm,
    HistoryTimeline,
    NoticesPanel,
    CitizenNoticesPanel,
    PartiesPanel,
  ],
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
})
export class CasePage {
  private readonly api = inject(CasesApi);
  private readonly admin = inject(AdminApi);
  private readonly dialoguesApi = inject(DialoguesApi);
  private readonly session = inject(Session);
  private readonly pageTitle = inject(PageTitle);
  private readonly injector = inject(Injector);
  private readonly now = inject(NOW);
  private readonly bannerElement = viewChild<ElementRef<HTMLElement>>('banner');

  /** The route parameter (`withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly state = signal<LoadState>('loading');
  protected readonly detail = signal<CaseDetailDto | null>(null);
  protected readonly agencies = signal<AgencyDto[]>([]);
  protected readonly activeEvent = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly serverErrors = signal<ApiFieldError[]>([]);
  protected readonly banner = signal<Banner | null>(null);
  protected readonly relatedCodes = signal<Partial<Record<string, string>>>({});
  /** A complaint's dialogue sessions (its mandatory dialogue is held and minuted there, then shows in the history). */
  protected readonly dialogues = signal<DialogueSummaryDto[]>([]);
  protected readonly canScheduleDialogue = computed(() => !!this.detail()?.allowedEvents.some((e) => e.type === 'SCHEDULE_DIALOGUE'));
  /** A fresh key for each opened form: a double click or a retry after a timeout is applied once. */
  private idempotencyKey = '';

  protected readonly user = this.session.user;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly pendingLabels = PENDING_PARTY_LABEL;

  protected readonly actions = computed(() => {
    const c = this.detail();
    return c ? caseActions(c) : [];
  });

  protected readonly openForm = computed(() => this.actions().find((e) => e.type === this.activeEvent()) ?? null);

  protected readonly visited = computed(() => {
    const c = this.detail();
    return c ? visitedStates(c) : [];
  });

  protected readonly typeKey = computed(() => `case.type.${this.detail()?.type ?? 'complaint'}` as const);

  protected readonly formDefaults = computed<Record<string, unknown>>(() => {
    const c = this.detail();
    return { agencyId: c?.leadAgencyId ?? this.user()?.agency.id ?? '' };
  });

  /** The dialogue's day while the minutes form is open before it (case-view.ts). */
  protected readonly dialogueAhead = computed(() => dialogueDayAhead(this.detail(), this.activeEvent(), vietnamDatePlus(this.now(), 0)));

  protected readonly formAgencies = computed(() => agenciesFor(this.activeEvent(), this.detail(), this.agencies()));

  protected readonly related = computed(() => {
    const c = this.detail();
    return c ? relatedLinks(c) : [];
  });

  protected readonly canUpload = computed(() => mayUpload(this.user()?.role, this.detail()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.activeEvent.set(null);
        this.banner.set(null);
        void this.load(id);
      });
    });
    firstValueFrom(this.admin.agencies())
      .then((agencies) => this.agencies.set(agencies))
      .catch(() => this.agencies.set([]));
  }

  protected async load(id = this.id()): Promise<void> {
    if (!this.detail()) this.state.set('loading');
    try {
      const detail = await firstValueFrom(this.api.get(id));
      this.detail.set(detail);
      this.state.set('ready');
      this.pageTitle.show({ name: detail.code });
      void this.loadRelatedCodes(detail);
      if (detail.type === 'complaint') {
        firstValueFrom(this.dialoguesApi.list({ caseId: detail.id }))
          .then((list) => this.dialogues.set(list))
          .catch(() => this.dialogues.set([]));
      }
    } catch (error) {
      this.detail.set(null);
      const notFound = problemOf(error).status === 404;
      this.state.set(notFound ? 'notFound' : 'error');
      this.pageTitle.show({
        key: notFound ? 'case.notFound.title' : 'case.loadFailed.title',
      });
    }
  }

  protected choose(type: string): void {
    this.activeEvent.set(type);
    this.serverErrors.set([]);
    this.banner.set(null);
    this.idempotencyKey = crypto.randomUUID();
  }

  protected async apply(submission: EventSubmission): Promise<void> {
    const c = this.detail();
    if (!c || this.busy()) return;
    this.busy.set(true);
    this.serverErrors.set([]);
    try {
      const updated = await firstValueFrom(
        this.api.applyEvent(
          c.id,
          {
            type: submission.type,
            payload: submission.payload,
            expectedVersion: c.version,
          },
          this.idempotencyKey,
        ),
      );
      const label = this.openForm()?.label ?? {
        vi: submission.type,
        en: submission.type,
      };
      // The answer leaves out the lifecycle, which the page already shows (CaseEventAnswerDto).
      this.detail.set({ ...updated, lifecycle: c.lifecycle });
      this.activeEvent.set(null);
      this.banner.set({ kind: 'done', event: label });
      this.focusBanner();
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409) {
        // Someone else moved the case: show the latest and keep the form only if the event still applies.
        this.banner.set({ kind: 'conflict' });
        this.idempotencyKey = crypto.randomUUID();
        await this.load();
        if (!this.openForm()) this.activeEvent.set(null);
        this.focusBanner();
      } else {
        const fieldErrors = problem.errors?.filter((e) => e.field.startsWith('payload.')) ?? [];
        // Errors of fields are shown and focused in the form; anything else in the banner, which takes the focus.
        this.serverErrors.set(fieldErrors);
        this.banner.set({ kind: 'error', text: problem.message });
        this.idempotencyKey = crypto.randomUUID();
        // A refusal of the case's state reloads it; one naming a field changed nothing: the form keeps what was typed.
        if (problem.status === 422 && !fieldErrors.length) await this.load();
        if (!fieldErrors.length || !this.openForm()) this.focusBanner();
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** The outcome of an action is read out and the keyboard goes on from there (the form it came from is gone). */
  private focusBanner(): void {
    afterNextRender(() => this.bannerElement()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private async loadRelatedCodes(detail: CaseDetailDto): Promise<void> {
    const ids = [
      detail.related.duplicateOf,
      detail.related.secondComplaintOf,
      detail.related.forwardedFrom,
      detail.context.linkedCaseId,
    ].filter((id): id is string => typeof id === 'string' && !(id in this.relatedCodes()));
    for (const id of ids) {
      try {
        const other = await firstValueFrom(this.api.get(id));
        this.relatedCodes.update((codes) => ({ ...codes, [id]: other.code }));
      } catch {
        // Outside the caller's scope: the link still shows, without a code.
      }
    }
  }
}
