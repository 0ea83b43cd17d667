import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { CaseCategory, NoticeChannel, OnlinePetitionType } from '@tiep-dan/contracts';

/** The form's values as the page holds them. */
export interface PetitionFormValue {
  type: OnlinePetitionType;
  communeId: string;
  neighbourhoodId: string;
  category: CaseCategory;
  summary: string;
  details: string;
  placeAddress: string;
  latitude: number | null;
  longitude: number | null;
  fullName: string;
  idNumber: string;
  senderAddress: string;
  phone: string;
  email: string;
  notify: NoticeChannel[];
  website: string;
}

/** A phone or an e-mail: the citizen must be reachable to hear back. */
export function contactGiven(group: AbstractControl): ValidationErrors | null {
  const { phone, email } = group.value as { phone?: string; email?: string };
  return phone?.trim() || email?.trim() ? null : { contact: true };
}

/**
 * The petition as `POST /api/public/petitions` takes it (multipart/form-data): the filled fields only, the channels the
 * citizen gave an address for, the files, and the solved proof of work.
 */
export function petitionFormData(value: PetitionFormValue, files: readonly File[], challenge: string, solution: string): FormData {
  const data = new FormData();
  const text: Record<string, string | number | null> = {
    type: value.type,
    category: value.category,
    communeId: value.communeId,
    neighbourhoodId: value.neighbourhoodId,
    summary: value.summary.trim(),
    details: value.details.trim(),
    placeAddress: value.placeAddress.trim(),
    latitude: value.latitude,
    longitude: value.longitude,
    fullName: value.fullName.trim(),
    idNumber: value.idNumber.trim(),
    senderAddress: value.senderAddress.trim(),
    phone: value.phone.trim(),
    email: value.email.trim(),
    website: value.website,
    challenge,
    solution,
  };
  for (const [name, v] of Object.entries(text)) if (v !== null && v !== '') data.append(name, String(v));
  const reachable = value.notify.filter((c) => (c === 'email' ? !!text['email'] : !!text['phone']));
  data.append('notify', reachable.join(','));
  for (const file of files) data.append('files', file, file.name);
  return data;
}
