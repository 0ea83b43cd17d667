import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { NoticeChannel, OnlinePetitionResponse } from '@tiep-dan/contracts';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** What the citizen keeps after sending: the case code, how to follow it, the channels notices will use. */
@Component({
  selector: 'app-petition-receipt',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslatePipe],
  template: `
    @let r = result();
    <mat-card appearance="outlined" class="card done" data-testid="petition-done">
      <h2 #heading tabindex="-1">{{ 'petition.done.title' | t }}</h2>
      <p class="code-label">{{ 'petition.done.code' | t }}</p>
      <p class="code" data-testid="petition-code">{{ r.caseCode }}</p>
      <p class="muted">
        {{ 'petition.done.letter' | t }}: {{ r.letterCode }} ·
        {{ 'petition.done.keep' | t }}
      </p>
      @if (r.lookupPin) {
        <p data-testid="petition-pin">
          {{ 'petition.done.pin' | t: { pin: r.lookupPin } }}
        </p>
      }
      @if (r.notify.length) {
        <p data-testid="petition-notify">
          {{ 'petition.done.notify' | t: { channels: channels(r.notify) } }}
        </p>
      }
      @if (r.lookupPath) {
        <a mat-flat-button routerLink="/lookup" [queryParams]="{ code: r.caseCode }" data-testid="petition-lookup">{{
          'petition.done.lookup' | t
        }}</a>
      } @else {
        <p class="sealed">{{ 'petition.done.sealed' | t }}</p>
      }
      <button mat-button type="button" (click)="another.emit()">
        {{ 'petition.done.another' | t }}
      </button>
    </mat-card>
  `,
  styleUrl: './petition-page.scss',
})
export class PetitionReceipt {
  private readonly i18n = inject(I18n);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  readonly result = input.required<OnlinePetitionResponse>();
  readonly another = output();

  constructor() {
    // Screen readers and a phone's viewport go to the answer.
    afterNextRender(() => this.heading()?.nativeElement.focus());
  }

  protected channels(channels: NoticeChannel[]): string {
    return channels.map((c) => this.i18n.t(`petition.notify.${c}`)).join(', ');
  }
}
