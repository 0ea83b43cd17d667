import { DatePipe } from '@angular/common';
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
  TEAM_MEMBER_ROLES,
  type AgencyDto,
  type RaiseOpinionCaseItem,
  type TeamDetailDto,
  type TeamMemberRole,
  type TeamScorecardDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { problemOf } from '../core/api/cases.api';
import { TeamsApi } from '../core/api/teams.api';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { PageTitle } from '../core/i18n/page-title';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { communeAgencies, vietnamToday } from '../dialogues/dialogue-labels';
import { emptyMeeting, meetingRequest, type MeetingDraft } from './meeting-draft';
import { ROLE_LABELS } from './team-labels';
import { AccessibleForm } from '../core/forms/accessible-form';
import { TeamMeetings } from './team-meetings';
import { TeamScorecard } from './team-scorecard';

/** A team: members, the monthly meeting form, past meetings with opinions → cases and tasks, and the scorecard. */
@Component({
  selector: 'app-team-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    TeamMeetings,
    TeamScorecard,
  ],
  templateUrl: './team-page.html',
  styleUrl: './teams.scss',
})
export class TeamPage {
  private readonly api = inject(TeamsApi);
  private readonly pageTitle = inject(PageTitle);
  private readonly i18n = inject(I18n);

  /** Route parameter (`withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly roles = TEAM_MEMBER_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly team = signal<TeamDetailDto | null>(null);
  protected readonly scorecard = signal<TeamScorecardDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ text: string; error: boolean } | null>(null);
  private readonly allAgencies = toSignal(inject(AdminApi).agencies(), {
    initialValue: [] as AgencyDto[],
  });
  protected readonly agencies = computed(() => communeAgencies(this.allAgencies(), this.team()?.communeId ?? null));

  /** Empty until the server answers: its current month (the app's clock) is the default. */
  protected month = '';
  protected meeting: MeetingDraft = emptyMeeting();
  protected member = {
    fullName: '',
    role: 'team_lead' as TeamMemberRole,
    phone: '',
    termStart: vietnamToday(),
  };

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const team = await firstValueFrom(this.api.get(id));
      this.team.set(team);
      this.pageTitle.show({ name: team.name });
      await this.loadScorecard();
    } catch {
      this.notFound.set(true);
      this.pageTitle.show({ key: 'teams.notFound.title' });
    }
  }

  protected async loadScorecard(): Promise<void> {
    const team = this.team();
    if (!team) return;
    const card = await firstValueFrom(this.api.scorecard(team.id, this.month || undefined)).catch(() => null);
    this.scorecard.set(card);
    if (card) this.month = card.month;
  }

  protected addOpinion(): void {
    this.meeting.opinions = [...this.meeting.opinions, { raisedBy: '', content: '', category: 'other' }];
  }

  protected removeOpinion(i: number): void {
    this.meeting.opinions = this.meeting.opinions.filter((_, j) => j !== i);
  }

  protected addTask(): void {
    this.meeting.tasks = [
      ...this.meeting.tasks,
      {
        memberId: this.team()?.members[0]?.id ?? '',
        description: '',
        dueDate: '',
      },
    ];
  }

  protected async saveMeeting(form: NgForm): Promise<void> {
    const team = this.team();
    if (!team || form.invalid) return;
    const ok = await this.run('teams.meeting.saved', {}, () =>
      firstValueFrom(this.api.recordMeeting(team.id, meetingRequest(this.meeting))),
    );
    if (ok) {
      form.resetForm();
      this.meeting = emptyMeeting();
    }
  }

  protected raise(meetingId: string, items: RaiseOpinionCaseItem[]): Promise<boolean> {
    const team = this.team();
    if (!team) return Promise.resolve(false);
    return this.run('teams.cases.created', { n: items.length }, () => firstValueFrom(this.api.raiseCases(team.id, meetingId, { items })));
  }

  protected completeTask(taskId: string): Promise<boolean> {
    const team = this.team();
    if (!team) return Promise.resolve(false);
    return this.run(null, {}, () => firstValueFrom(this.api.completeTask(team.id, taskId)));
  }

  protected async addMember(form: NgForm): Promise<void> {
    const team = this.team();
    if (!team || form.invalid) return;
    const m = this.member;
    const ok = await this.run(null, {}, async () => {
      this.team.set(
        await firstValueFrom(
          this.api.addMembers(team.id, [
            {
              fullName: m.fullName,
              role: m.role,
              termStart: m.termStart,
              ...(m.phone ? { phone: m.phone } : {}),
            },
          ]),
        ),
      );
    });
    if (ok)
      form.resetForm({
        fullName: '',
        role: 'team_lead',
        phone: '',
        termStart: vietnamToday(),
      });
  }

  /** Kiện toàn: the member's term ends on that day; the months they served keep them. */
  protected endTerm(memberId: string, termEnd: string): Promise<boolean> {
    const team = this.team();
    if (!team || !termEnd) return Promise.resolve(false);
    return this.run(null, {}, () => firstValueFrom(this.api.endTerm(team.id, memberId, termEnd)));
  }

  /** Runs a change, then reloads the team and its scorecard (meetings, opinions and cases all move the score). */
  private async run(done: MessageKey | null, params: Record<string, number>, work: () => Promise<unknown>): Promise<boolean> {
    const team = this.team();
    if (!team) return false;
    this.busy.set(true);
    this.message.set(null);
    try {
      await work();
      this.team.set(await firstValueFrom(this.api.get(team.id)));
      await this.loadScorecard();
      if (done) this.message.set({ text: this.i18n.t(done, params), error: false });
      return true;
    } catch (e) {
      const problem = problemOf(e);
      const detail = problem.errors?.map((f) => this.i18n.pick(f.message)).join('; ');
      this.message.set({
        text: this.i18n.t('teams.error', {
          message: this.i18n.pick(problem.message) + (detail ? ` (${detail})` : ''),
        }),
        error: true,
      });
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
