import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { TeamScorecardDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** The team's scorecard of a month: each criterion's value against its target and weight, the total and the rank. */
@Component({
  selector: 'app-team-scorecard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './team-scorecard.html',
  styleUrl: './teams.scss',
})
export class TeamScorecard {
  readonly scorecard = input<TeamScorecardDto | null>(null);
  /** YYYY-MM; empty until the server names its current month. */
  readonly month = model('');
  /** The user picked another month: its scorecard is to be loaded. */
  readonly monthChosen = output<void>();
}
