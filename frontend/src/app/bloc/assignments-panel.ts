import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AssignmentDto, TeamSummaryDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TeamsApi } from '../core/api/teams.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';
import { MonthPipe } from './month.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** Commune cadres sent to village meetings: the head assigns a member to a team's month; the member reports back. */
@Component({
  selector: 'app-assignments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MonthPipe, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="assignments-title">
      <h2 id="assignments-title">{{ 'bloc.assignments' | t }}</h2>
      <div class="scroll" [appScrollRegion]="'bloc.assignments' | t">
        <table class="list" data-testid="assignments">
          <thead>
            <tr>
              <th>{{ 'bloc.month' | t }}</th>
              <th>{{ 'bloc.team' | t }}</th>
              <th>{{ 'bloc.assignment.member' | t }}</th>
              <th>{{ 'bloc.assignment.result' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (a of assignments(); track a.id) {
              <tr>
                <td>{{ a.month | month }}</td>
                <td>{{ a.teamName }}</td>
                <td>{{ a.memberName }}</td>
                <td>
                  @if (a.attended === null) {
                    @if (a.canReport) {
                      <input #note [attr.aria-label]="'bloc.assignment.note' | t" [placeholder]="'bloc.assignment.note' | t" />
                      <button mat-button type="button" [disabled]="ctx.busy()" (click)="report(a.id, true, note.value)">
                        {{ 'bloc.assignment.attended' | t }}
                      </button>
                      <button mat-button type="button" [disabled]="ctx.busy()" (click)="report(a.id, false, note.value)">
                        {{ 'bloc.assignment.absent' | t }}
                      </button>
                    } @else {
                      <span class="muted">{{ 'bloc.assignment.pending' | t }}</span>
                    }
                  } @else {
                    {{ (a.attended ? 'bloc.assignment.attended' : 'bloc.assignment.absent') | t }}
                    @if (a.note) {
                      <span class="muted">– {{ a.note }}</span>
                    }
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4" class="muted">
                  {{ 'bloc.assignment.none' | t }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (ctx.isHead()) {
        <form class="form-grid" #form="ngForm" (ngSubmit)="assign(form)">
          <mat-form-field>
            <mat-label>{{ 'bloc.team' | t }}</mat-label>
            <select matNativeControl name="team" required [(ngModel)]="draft.teamId">
              @for (team of teams(); track team.id) {
                <option [value]="team.id">{{ team.name }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'bloc.assignment.member' | t }}</mat-label>
            <select matNativeControl name="member" required [(ngModel)]="draft.memberId">
              @for (m of ctx.servingMembers(); track m.id) {
                <option [value]="m.id">{{ m.fullName }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'bloc.month' | t }}</mat-label>
            <input matInput type="month" name="month" required [(ngModel)]="draft.month" />
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="ctx.busy()">
              {{ 'bloc.assignment.add' | t }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styleUrl: './bloc.scss',
})
export class AssignmentsPanel {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  private readonly teamsApi = inject(TeamsApi);
  protected readonly assignments = signal<AssignmentDto[]>([]);
  protected readonly teams = signal<TeamSummaryDto[]>([]);
  protected draft = {
    teamId: '',
    memberId: '',
    month: vietnamToday().slice(0, 7),
  };

  constructor() {
    effect(() => {
      const commune = this.ctx.communeId();
      untracked(() => void this.load(commune));
    });
  }

  private async load(commune: string): Promise<void> {
    const q = commune || undefined;
    const [assignments, teams] = await Promise.all([
      firstValueFrom(this.api.assignments(q)).catch((): AssignmentDto[] => []),
      firstValueFrom(this.teamsApi.list(q)).catch((): TeamSummaryDto[] => []),
    ]);
    this.assignments.set(assignments);
    this.teams.set(teams);
  }

  protected async assign(form: NgForm): Promise<void> {
    if (form.invalid) return;
    if (await this.ctx.run('bloc.assignment.saved', () => firstValueFrom(this.api.createAssignment(this.draft))))
      await this.load(this.ctx.communeId());
  }

  protected async report(id: string, attended: boolean, note: string): Promise<void> {
    const ok = await this.ctx.run('bloc.assignment.reported', () =>
      firstValueFrom(
        this.api.reportAssignment(id, {
          attended,
          ...(note.trim() ? { note } : {}),
        }),
      ),
    );
    if (ok) await this.load(this.ctx.communeId());
  }
}
