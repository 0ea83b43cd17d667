import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { OverviewDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { drillIn, placeDrill } from './overview-drill';
import type { Drill } from './overview-labels';

/**
 * Where the cases are: by commune for a province (a commune's name narrows the whole overview to it), by neighbourhood
 * for a commune; each number opening its list.
 */
@Component({
  selector: 'app-by-area-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, ScrollRegion, TranslatePipe],
  templateUrl: './by-area-card.html',
  styleUrl: './overview-card.scss',
  styles: `
    button.link {
      padding: 0;
      min-width: 0;
    }
  `,
})
export class ByAreaCard {
  readonly overview = input.required<OverviewDto>();
  /** The commune on screen ('' = the whole area): every list opened from here is narrowed to it. */
  readonly communeId = input('');
  /** A province leader chose a commune to look at. */
  readonly communeChosen = output<string>();

  protected readonly placeDrill = placeDrill;

  protected drill(filters: Drill, more: Drill = {}): Drill {
    return drillIn(this.communeId(), filters, more);
  }
}
