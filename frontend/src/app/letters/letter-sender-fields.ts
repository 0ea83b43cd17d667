import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import type { SenderGroup } from './letter-groups';

/**
 * The fields of one sender of a letter, inside the letter form's row of that sender (`[formGroupName]`): its controls
 * join that group, so the form's submit and its refusals reach them as before.
 */
@Component({
  selector: 'app-letter-sender-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldErrorPipe, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  viewProviders: [
    {
      provide: ControlContainer,
      useFactory: () => inject(ControlContainer, { skipSelf: true }),
    },
  ],
  templateUrl: './letter-sender-fields.html',
  styleUrl: './letter-fields.scss',
  styles: `
    /* The fields are items of the sender's row in the letter form. */
    :host {
      display: contents;
    }
    mat-form-field {
      min-width: 0;
    }
  `,
})
export class LetterSenderFields {
  readonly sender = input.required<SenderGroup>();
  /** The sender's place in the letter, from 0: in the fields' ids (`letter-senders-0-fullName`) and test ids. */
  readonly index = input.required<number>();
}
