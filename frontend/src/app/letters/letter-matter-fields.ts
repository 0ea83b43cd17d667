import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CASE_CATEGORIES, CASE_CATEGORY_LABELS, LETTER_MATTER_TYPES, type AgencyDto } from '@tiep-dan/contracts';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import type { MatterGroup } from './letter-groups';
import { MATTER_TYPE_LABELS } from './letter-labels';

/**
 * The fields of one matter of a letter (one case each), inside the letter form's fieldset of that matter
 * (`[formGroupName]`): its controls join that group, so the form's submit and its refusals reach them as before.
 */
@Component({
  selector: 'app-letter-matter-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldErrorPipe, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  viewProviders: [
    {
      provide: ControlContainer,
      useFactory: () => inject(ControlContainer, { skipSelf: true }),
    },
  ],
  templateUrl: './letter-matter-fields.html',
  styleUrl: './letter-fields.scss',
  styles: `
    /* The fields sit in the matter's fieldset, under its legend. */
    :host {
      display: contents;
    }
  `,
})
export class LetterMatterFields {
  readonly matter = input.required<MatterGroup>();
  /** The matter's place in the letter, from 0: in the fields' ids (`letter-matters-0-summary`) and test ids. */
  readonly index = input.required<number>();
  readonly agencies = input<AgencyDto[]>([]);

  protected readonly types = LETTER_MATTER_TYPES;
  protected readonly typeLabels = MATTER_TYPE_LABELS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
}
