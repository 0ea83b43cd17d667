import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AgencyDto, RaiseOpinionCaseItem, TeamDetailDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { OpinionCasesPicker } from '../dialogues/opinion-cases-picker';

/** The team's past meetings: topics, propaganda, the opinions raised (each may become a case) and the tasks given. */
@Component({
  selector: 'app-team-meetings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, OpinionCasesPicker, TranslatePipe],
  templateUrl: './team-meetings.html',
  styleUrl: './teams.scss',
})
export class TeamMeetings {
  readonly team = input.required<TeamDetailDto>();
  /** The agencies of the team's commune, to hand an opinion's case to. */
  readonly agencies = input<AgencyDto[]>([]);
  readonly busy = input(false);
  /** Opinions of a meeting to become cases. */
  readonly raise = output<{
    meetingId: string;
    items: RaiseOpinionCaseItem[];
  }>();
  /** A task given at a meeting is done. */
  readonly completeTask = output<string>();
}
