import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { OverviewDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { drillIn } from './overview-drill';
import { TYPE_LABEL, type Drill } from './overview-labels';

/** Overdue, due-soon and open cases by type of petition (complaint, denunciation…), each number opening its list. */
@Component({
  selector: 'app-by-type-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, ScrollRegion, TranslatePipe],
  templateUrl: './by-type-card.html',
  styleUrl: './overview-card.scss',
})
export class ByTypeCard {
  readonly rows = input.required<OverviewDto['byType']>();
  /** The commune on screen ('' = the whole area): every list opened from here is narrowed to it. */
  readonly communeId = input('');

  protected readonly typeLabel = TYPE_LABEL;

  protected drill(filters: Drill): Drill {
    return drillIn(this.communeId(), filters);
  }
}
