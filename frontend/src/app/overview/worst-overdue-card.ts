import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { OverviewDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PENDING_PARTY_LABEL } from '../shared/pending-party';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** The cases overdue the longest, each opening its case page. */
@Component({
  selector: 'app-worst-overdue-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, ScrollRegion, TranslatePipe],
  templateUrl: './worst-overdue-card.html',
  styleUrl: './overview-card.scss',
  styles: `
    .overdue-text {
      color: #b71c1c;
      font-weight: 600;
    }
    .code {
      white-space: nowrap;
    }
    .summary {
      max-width: 480px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
})
export class WorstOverdueCard {
  readonly cases = input.required<OverviewDto['worstOverdue']>();
  protected readonly pendingLabel = PENDING_PARTY_LABEL;
}
