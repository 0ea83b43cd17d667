import { Validators, type FormControl, type FormGroup, type NonNullableFormBuilder } from '@angular/forms';
import type { CaseCategory, LetterMatterType } from '@tiep-dan/contracts';

const ID_NUMBER = /^(\d{9}|\d{12})$/;

/** One sender's controls in the letter form (named like `RegisterLetterRequest.senders[]`). */
export type SenderGroup = FormGroup<{
  fullName: FormControl<string>;
  idNumber: FormControl<string>;
  address: FormControl<string>;
  phone: FormControl<string>;
}>;

/** One matter's controls in the letter form (named like `RegisterLetterRequest.matters[]`). */
export type MatterGroup = FormGroup<{
  type: FormControl<LetterMatterType>;
  category: FormControl<CaseCategory>;
  summary: FormControl<string>;
  content: FormControl<string>;
  leadAgencyId: FormControl<string>;
  learnedAt: FormControl<string>;
}>;

/** An empty sender: a name is required, an ID number has 9 or 12 digits. */
export function senderGroup(fb: NonNullableFormBuilder): SenderGroup {
  return fb.group({
    fullName: fb.control('', [Validators.required, Validators.maxLength(200)]),
    idNumber: fb.control('', Validators.pattern(ID_NUMBER)),
    address: fb.control('', Validators.maxLength(300)),
    phone: fb.control('', Validators.maxLength(20)),
  });
}

/** An empty matter: a land complaint until said otherwise; its summary is required. */
export function matterGroup(fb: NonNullableFormBuilder): MatterGroup {
  return fb.group({
    type: fb.control<LetterMatterType>('complaint'),
    category: fb.control<CaseCategory>('land'),
    summary: fb.control('', [Validators.required, Validators.maxLength(500)]),
    content: fb.control(''),
    leadAgencyId: fb.control(''),
    learnedAt: fb.control(''),
  });
}
