import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { OverviewAgencyRow, OverviewParty } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { drillIn, partyDrill } from './overview-drill';
import type { Drill } from './overview-labels';

/** The row of a party other than an agency (an agency row shows the agency's name); desks and leaders per commune. */
const PARTY_ROW_LABEL: Record<OverviewParty, MessageKey> = {
  agency: 'overview.agency',
  desk: 'overview.party.desk',
  leader: 'overview.party.leader',
  decider: 'overview.party.decider',
};

/** Who must act: overdue, due-soon and open cases by the party whose turn it is, each number opening its list. */
@Component({
  selector: 'app-by-agency-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, ScrollRegion, TranslatePipe],
  templateUrl: './by-agency-card.html',
  styleUrl: './overview-card.scss',
  styles: `
    tr.hot th {
      color: #b71c1c;
    }
  `,
})
export class ByAgencyCard {
  readonly rows = input.required<readonly OverviewAgencyRow[]>();
  /** The commune on screen ('' = the whole area): every list opened from here is narrowed to it. */
  readonly communeId = input('');

  protected readonly partyLabel = PARTY_ROW_LABEL;
  protected readonly partyDrill = partyDrill;

  protected drill(filters: Drill, more: Drill = {}): Drill {
    return drillIn(this.communeId(), filters, more);
  }
}
