import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ONLINE_PETITION_LIMITS } from '@tiep-dan/contracts';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';

const MB = Math.round(ONLINE_PETITION_LIMITS.maxFileBytes / (1024 * 1024));

/** Why a chosen file cannot be sent (the server checks again, bytes included), or null. */
export function fileProblem(file: Pick<File, 'size' | 'type'>): 'tooLarge' | 'badType' | null {
  if (!(ONLINE_PETITION_LIMITS.contentTypes as readonly string[]).includes(file.type)) return 'badType';
  if (file.size > ONLINE_PETITION_LIMITS.maxFileBytes) return 'tooLarge';
  return null;
}

/** The photos and PDFs sent with a petition: chosen (on a phone, from the camera too), listed, removed. */
@Component({
  selector: 'app-petition-files',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <fieldset class="card">
      <legend>{{ 'petition.files' | t }}</legend>
      <p class="muted">
        {{ 'petition.files.hint' | t: { count: limits.maxFiles, mb: mb } }}
      </p>
      <input #fileInput type="file" class="file-input" multiple [accept]="accept" data-testid="petition-files" (change)="add(fileInput)" />
      <button mat-stroked-button type="button" [disabled]="files().length >= limits.maxFiles" (click)="fileInput.click()">
        {{ 'petition.files.add' | t }}
      </button>
      @if (files().length) {
        <ul class="files" data-testid="petition-file-list">
          @for (f of files(); track $index) {
            <li>
              <span class="file-name">{{ f.name }}</span>
              <button mat-button type="button" [attr.aria-label]="'petition.files.remove' | t: { name: f.name }" (click)="remove($index)">
                ✕
              </button>
            </li>
          }
        </ul>
      }
      @if (error() ?? serverError(); as e) {
        <p class="error" role="alert" data-testid="petition-file-error">
          {{ e }}
        </p>
      }
    </fieldset>
  `,
  styleUrl: './petition-page.scss',
})
export class PetitionFiles {
  private readonly i18n = inject(I18n);
  readonly files = model<File[]>([]);
  /** The server's word on the files, when it refused them. */
  readonly serverError = input<string | null>(null);
  protected readonly limits = ONLINE_PETITION_LIMITS;
  protected readonly mb = MB;
  protected readonly accept = ONLINE_PETITION_LIMITS.contentTypes.join(',');
  protected readonly error = signal<string | null>(null);

  protected add(input: HTMLInputElement): void {
    const chosen = [...this.files(), ...Array.from(input.files ?? [])];
    input.value = '';
    this.error.set(null);
    for (const file of chosen) {
      const problem = fileProblem(file);
      if (problem) {
        this.error.set(
          this.i18n.t(problem === 'tooLarge' ? 'petition.files.tooLarge' : 'petition.files.badType', { name: file.name, mb: MB }),
        );
        return;
      }
    }
    if (chosen.length > ONLINE_PETITION_LIMITS.maxFiles) {
      this.error.set(
        this.i18n.t('petition.files.tooMany', {
          count: ONLINE_PETITION_LIMITS.maxFiles,
        }),
      );
      return;
    }
    this.files.set(chosen);
  }

  protected remove(index: number): void {
    this.files.update((files) => files.filter((_, i) => i !== index));
    this.error.set(null);
  }
}
