import { ChangeDetectionStrategy, Component, inject, model } from '@angular/core';
import { ControlContainer, FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_REPRESENTATIVES, type CasePartyInput } from '@tiep-dan/contracts';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { emptyParty } from './visit-request';

/**
 * The representatives of a group visit (Luật Tiếp công dân Art. 30; Nghị định 64/2014 Art. 4: up to five): name, ID number and
 * phone of each. Their fields are controls of the visit form itself (`repName0`…), so its refusals land on them.
 */
@Component({
  selector: 'app-visit-representatives',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldErrorPipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  viewProviders: [{ provide: ControlContainer, useExisting: NgForm }],
  templateUrl: './visit-representatives.html',
  styleUrl: './visit-layout.css',
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class VisitRepresentatives {
  readonly representatives = model.required<CasePartyInput[]>();
  protected readonly maxRepresentatives = MAX_REPRESENTATIVES;
  /** The visit form, whose controls these fields are. */
  protected readonly form = inject(NgForm);

  protected addRepresentative(): void {
    if (this.representatives().length < MAX_REPRESENTATIVES) this.representatives.set([...this.representatives(), emptyParty()]);
  }

  protected removeRepresentative(index: number): void {
    this.representatives.set(this.representatives().filter((_, i) => i !== index));
  }
}
