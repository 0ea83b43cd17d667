import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** The reception register over a period (a month, a quarter) for the reports, beside the one of a session. */
@Component({
  selector: 'app-register-period-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './register-period-card.html',
  styles: `
    /* The card is an item of the desk's column of cards. */
    :host {
      display: contents;
    }
    .open-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
  `,
})
export class RegisterPeriodCard {
  /** First and last day (YYYY-MM-DD), kept by the desk. */
  readonly from = model('');
  readonly to = model('');
  readonly busy = input(false);
  /** Download the register of the period. */
  readonly download = output<void>();
}
