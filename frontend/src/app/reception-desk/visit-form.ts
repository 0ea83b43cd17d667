import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  GROUP_VISIT_MIN_PEOPLE,
  RECEPTION_CONTENT_TYPES,
  RECEPTION_CONTENT_TYPE_LABELS,
  RECEPTION_REFUSAL_LABELS,
  RECEPTION_REFUSAL_REASONS,
  type BilingualText,
  type CasePartyInput,
  type DuplicateCandidateDto,
  type NeighbourhoodDto,
  type ReceptionRefusalReason,
  type ReceptionVisitDto,
} from '@tiep-dan/contracts';
import { Subject, lastValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { ReceptionApi } from '../core/api/reception.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { markFieldProblems } from '../core/forms/field-problems';
import { DuplicateWarning, repeatCandidates } from './duplicate-warning';
import { bilingual, visitField } from './visit-fields';
import { VisitRepresentatives } from './visit-representatives';
import {
  duplicateQuery,
  emptyMatter,
  emptyParty,
  representativesFor,
  visitRequest,
  type DuplicateQuery,
  type MatterForm,
} from './visit-request';
import { ReceiptPrinter } from './receipt-printer';
import { uploadToCases } from './visit-uploads';
import { AccessibleForm } from '../core/forms/accessible-form';

/**
 * The keyboard-first visit form. Tab order follows what the officer hears first: name, ID number, phone, then each
 * matter (type, category, summary); the rest is optional below. Ctrl+Enter saves from anywhere, Alt+N splits off
 * another matter, Alt+R switches to a refusal, Alt+P prints the papers of the visit just saved. Typing an ID number or a summary checks for repeats at once.
 */
@Component({
  selector: 'app-visit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    DuplicateWarning,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
    VisitRepresentatives,
  ],
  host: { '(keydown)': 'shortcut($event)' },
  templateUrl: './visit-form.html',
  styleUrls: ['./visit-layout.css', './visit-form.css'],
})
export class VisitForm {
  readonly sessionId = input.required<string>();
  readonly neighbourhoods = input<NeighbourhoodDto[]>([]);
  readonly logged = output<ReceptionVisitDto>();

  private readonly api = inject(ReceptionApi);
  private readonly cases = inject(CasesApi);
  private readonly printer = inject(ReceiptPrinter);
  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly visitForm = viewChild.required<NgForm>('visitForm');
  private readonly a11y = viewChild.required<AccessibleForm>('a11y');

  protected readonly contentTypes = RECEPTION_CONTENT_TYPES;
  protected readonly contentTypeLabels = RECEPTION_CONTENT_TYPE_LABELS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly refusalReasons = RECEPTION_REFUSAL_REASONS;
  protected readonly refusalLabels = RECEPTION_REFUSAL_LABELS;
  protected readonly groupMin = GROUP_VISIT_MIN_PEOPLE;

  protected citizen: CasePartyInput = emptyParty();
  protected neighbourhoodId = '';
  protected previouslyHandledBy = '';
  protected groupSize = 1;
  protected representatives: CasePartyInput[] = [];
  protected matters: MatterForm[] = [emptyMatter()];
  protected refusing = false;
  protected refusalReason: ReceptionRefusalReason | '' = '';
  protected refusalNote = '';
  protected files: File[] = [];

  protected readonly saving = signal(false);
  /** What went wrong, in both languages: said in the language on screen, even after a switch. */
  protected readonly error = signal<BilingualText | null>(null);
  protected readonly saved = signal<ReceptionVisitDto | null>(null);
  protected readonly duplicates = signal<DuplicateCandidateDto[]>([]);
  protected readonly duplicateOf = signal<DuplicateCandidateDto | null>(null);

  private readonly checks = new Subject<DuplicateQuery>();

  constructor() {
    this.checks
      .pipe(repeatCandidates(this.api), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((candidates) => this.duplicates.set(candidates));
    afterNextRender(() => this.focusFirst());
  }

  /** Called on every keystroke in the fields that identify a repeat. */
  protected checkDuplicates(): void {
    this.checks.next(duplicateQuery(this.citizen.idNumber?.trim() ?? '', this.matters[0]?.summary.trim() ?? '', this.neighbourhoodId));
  }

  protected shortcut(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void this.submit();
    } else if (event.altKey && (event.key === 'n' || event.key === 'N')) {
      event.preventDefault();
      this.addMatter();
    } else if (event.altKey && (event.key === 'p' || event.key === 'P')) {
      event.preventDefault();
      void this.printSaved();
    } else if (event.altKey && (event.key === 'r' || event.key === 'R')) {
      event.preventDefault();
      this.refusing = !this.refusing;
    }
  }

  /** Prints the papers of the visit just saved: each case's receipt, or the refusal notice. */
  protected async printSaved(): Promise<void> {
    const visit = this.saved();
    if (!visit) return;
    try {
      if (visit.refusal) await this.printer.refusalNotice(visit.id);
      for (const c of visit.cases) await this.printer.receipt(c.id);
    } catch (error) {
      this.error.set(bilingual('reception.error', { message: problemOf(error).message }));
    }
  }

  protected addMatter(): void {
    this.matters = [...this.matters, emptyMatter()];
    setTimeout(() => document.getElementById(`matter-type-${this.matters.length - 1}`)?.focus());
  }

  protected removeMatter(index: number): void {
    this.matters = this.matters.filter((_, i) => i !== index);
  }

  protected groupChanged(): void {
    this.representatives = representativesFor(this.groupSize, this.representatives);
  }

  protected markRepeat(candidate: DuplicateCandidateDto): void {
    this.duplicateOf.set(candidate);
  }

  protected refuseAsResolved(candidate: DuplicateCandidateDto): void {
    this.duplicateOf.set(candidate);
    this.refusing = true;
    this.refusalReason = 'already_resolved';
    this.refusalNote = candidate.code;
  }

  protected filesChosen(event: Event): void {
    this.files = Array.from((event.target as HTMLInputElement).files ?? []);
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    // The server's marks on fields go with the next attempt.
    for (const control of Object.values(this.visitForm().controls)) control.updateValueAndValidity();
    this.error.set(null);
    const request = visitRequest({
      citizen: this.citizen,
      neighbourhoodId: this.neighbourhoodId,
      previouslyHandledBy: this.previouslyHandledBy,
      groupSize: this.groupSize,
      representatives: this.representatives,
      matters: this.matters,
      refusing: this.refusing,
      refusalReason: this.refusalReason,
      refusalNote: this.refusalNote,
      duplicateOf: this.duplicateOf()?.caseId ?? null,
    });
    this.saving.set(true);
    try {
      const visit = await lastValueFrom(this.api.logVisit(this.sessionId(), request));
      const uploadError = await uploadToCases(
        this.cases,
        visit.cases.map((c) => c.id),
        this.files,
      );
      this.saved.set(visit);
      this.logged.emit(visit);
      this.reset();
      if (uploadError) this.error.set(bilingual('reception.form.uploadFailed', { error: uploadError }));
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.saving.set(false);
    }
  }

  /**
   * A refused visit: each field error on its field (said with the field's label, linked to it by Material, and the
   * first such field focused); what no field shows goes in the message above the button.
   */
  private showProblem(error: unknown): void {
    const form = this.visitForm();
    const { message, marked } = markFieldProblems(problemOf(error), (path) => {
      const field = visitField(path);
      const control = field && form.controls[field.control];
      return field && control ? { control, label: field.label } : null;
    });
    this.error.set(bilingual('reception.error', { message }));
    if (marked) this.a11y().focusFirstInvalidAfterRender();
  }

  private reset(): void {
    this.citizen = emptyParty();
    this.neighbourhoodId = '';
    this.previouslyHandledBy = '';
    this.groupSize = 1;
    this.representatives = [];
    this.matters = [emptyMatter()];
    this.refusing = false;
    this.refusalReason = '';
    this.refusalNote = '';
    this.files = [];
    const files = this.fileInput()?.nativeElement;
    if (files) files.value = '';
    this.duplicates.set([]);
    this.duplicateOf.set(null);
    this.checks.next({});
    setTimeout(() => this.focusFirst());
  }

  private focusFirst(): void {
    this.nameInput().nativeElement.focus();
  }
}
