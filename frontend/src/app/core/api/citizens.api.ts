import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgencyRatingDto,
  CitizenNoticeDto,
  OnlinePetitionResponse,
  PetitionChallengeDto,
  PublicPetitionOptionsDto,
} from '@tiep-dan/contracts';
import type { Observable } from 'rxjs';

const PETITIONS = '/api/public/petitions';

/** The citizens context: the public petition form, the notices sent on a case, the citizens' ratings by agency. */
@Injectable({ providedIn: 'root' })
export class CitizensApi {
  private readonly http = inject(HttpClient);

  options(): Observable<PublicPetitionOptionsDto> {
    return this.http.get<PublicPetitionOptionsDto>(`${PETITIONS}/options`);
  }

  challenge(): Observable<PetitionChallengeDto> {
    return this.http.post<PetitionChallengeDto>(`${PETITIONS}/challenges`, {});
  }

  /** The form's fields and files as multipart/form-data. */
  submit(form: FormData): Observable<OnlinePetitionResponse> {
    return this.http.post<OnlinePetitionResponse>(PETITIONS, form);
  }

  notices(caseId: string): Observable<CitizenNoticeDto[]> {
    return this.http.get<CitizenNoticeDto[]>(`/api/cases/${encodeURIComponent(caseId)}/citizen-notices`);
  }

  ratingsByAgency(): Observable<AgencyRatingDto[]> {
    return this.http.get<AgencyRatingDto[]>('/api/ratings/agencies');
  }
}
