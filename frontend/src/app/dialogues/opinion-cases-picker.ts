import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { OPINION_CASE_TYPES, type AgencyDto, type OpinionCaseType, type RaiseOpinionCaseItem } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** An opinion as both dialogues and team meetings show it. */
export interface PickableOpinion {
  id: string;
  seq: number;
  raisedBy: string | null;
  content: string;
  caseId: string | null;
  caseCode: string | null;
}

const TYPE_LABELS: Record<OpinionCaseType, MessageKey> = {
  proposal: 'dialogues.type.proposal',
  reflection: 'dialogues.type.reflection',
  complaint: 'dialogues.type.complaint',
  denunciation: 'dialogues.type.denunciation',
};

interface Choice {
  picked: boolean;
  type: OpinionCaseType;
  agencyId: string;
}

/**
 * Opinions → cases in one action: tick the opinions to follow up, choose the case type (proposal, reflection, complaint
 * or denunciation) and the agency that handles each, then create them together. Opinions that are already cases link to
 * them. A denunciation's raiser is sealed by the server (Luật Tố cáo 2018 Art. 47): the picker says so before creating.
 */
@Component({
  selector: 'app-opinion-cases-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, RouterLink, TranslatePipe],
  template: `
    @if (opinions().length === 0) {
      <p class="muted">{{ 'dialogues.cases.none' | t }}</p>
    } @else {
      <p class="muted">{{ 'dialogues.cases.hint' | t }}</p>
      <table class="picker" data-testid="opinion-picker">
        <tbody>
          @for (o of opinions(); track o.id) {
            <tr [attr.data-testid]="'opinion-row-' + o.seq">
              <td class="pick">
                @if (o.caseId) {
                  <a [routerLink]="['/cases', o.caseId]" data-testid="opinion-case">{{ o.caseCode }}</a>
                } @else if (canRaise()) {
                  <mat-checkbox
                    [checked]="choice(o.id).picked"
                    (change)="set(o.id, { picked: $event.checked })"
                    [aria-label]="'dialogues.cases.pick' | t: { n: o.seq }"
                    [attr.data-testid]="'pick-' + o.seq"
                  />
                }
              </td>
              <td class="text">
                <strong>{{ o.seq }}.</strong>
                @if (o.raisedBy) {
                  <span class="muted">{{ o.raisedBy }}:</span>
                }
                {{ o.content }}
              </td>
              @if (!o.caseId && canRaise()) {
                <td>
                  <select
                    [ngModel]="choice(o.id).type"
                    (ngModelChange)="set(o.id, { type: $event })"
                    [attr.aria-label]="'dialogues.cases.type' | t"
                    [attr.data-testid]="'type-' + o.seq"
                  >
                    @for (type of types; track type) {
                      <option [value]="type">{{ typeLabels[type] | t }}</option>
                    }
                  </select>
                </td>
                <td>
                  <select
                    [ngModel]="choice(o.id).agencyId"
                    (ngModelChange)="set(o.id, { agencyId: $event })"
                    [attr.aria-label]="'dialogues.cases.agency' | t"
                    [attr.data-testid]="'agency-' + o.seq"
                  >
                    @for (a of agencies(); track a.id) {
                      <option [value]="a.id">{{ a.name }}</option>
                    }
                  </select>
                </td>
              } @else {
                <td colspan="2">
                  @if (o.caseId) {
                    <span class="muted">{{ 'dialogues.opinion.raised' | t }}</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
      @if (sealsRaiser()) {
        <p class="sealed" role="note" data-testid="denunciation-sealed">
          {{ 'dialogues.cases.sealed' | t }}
        </p>
      }
      @if (canRaise()) {
        <button mat-flat-button type="button" [disabled]="picked().length === 0 || busy()" (click)="submit()" data-testid="create-cases">
          {{ 'dialogues.cases.create' | t: { n: picked().length } }}
        </button>
      }
    }
  `,
  styles: `
    .picker {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 12px;
    }
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    .pick {
      width: 120px;
    }
    .text {
      width: 55%;
    }
    .text strong {
      margin-right: 4px;
    }
    select {
      font: inherit;
      padding: 6px;
      max-width: 260px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .sealed {
      padding: 8px 12px;
      border-left: 4px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class OpinionCasesPicker {
  readonly opinions = input.required<PickableOpinion[]>();
  readonly agencies = input.required<AgencyDto[]>();
  readonly canRaise = input(true);
  readonly busy = input(false);
  readonly raise = output<RaiseOpinionCaseItem[]>();

  protected readonly types = OPINION_CASE_TYPES;
  protected readonly typeLabels = TYPE_LABELS;
  private readonly choices = signal<Record<string, Choice>>({});

  protected readonly picked = computed(() =>
    this.opinions()
      .filter((o) => !o.caseId && this.choices()[o.id]?.picked)
      .map((o) => o.id),
  );

  /** A ticked opinion becomes a denunciation: its raiser's name goes to the vault only. */
  protected readonly sealsRaiser = computed(() => this.picked().some((id) => this.choice(id).type === 'denunciation'));

  protected choice(id: string): Choice {
    return (
      this.choices()[id] ?? {
        picked: false,
        type: 'proposal',
        agencyId: this.agencies()[0]?.id ?? '',
      }
    );
  }

  protected set(id: string, change: Partial<Choice>): void {
    this.choices.update((all) => ({
      ...all,
      [id]: { ...this.choice(id), ...change },
    }));
  }

  protected submit(): void {
    const items = this.picked().map((id): RaiseOpinionCaseItem => {
      const c = this.choice(id);
      return { opinionId: id, type: c.type, leadAgencyId: c.agencyId };
    });
    this.choices.set({});
    this.raise.emit(items);
  }
}
