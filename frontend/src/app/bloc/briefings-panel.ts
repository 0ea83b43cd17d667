import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, output, signal, untracked } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  NOTE_CHANNELS,
  SENTIMENT_CHANNEL_LABELS,
  SENTIMENT_LEVEL_LABELS,
  SENTIMENT_LEVELS,
  type BriefingDto,
  type CaseCategory,
  type NeighbourhoodDto,
  type NoteChannel,
  type SentimentLevel,
  type SentimentNoteDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { BlocApi } from '../core/api/bloc.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';

/** The bloc's briefings (giao ban) and what its members note of what people think, channel by channel. */
@Component({
  selector: 'app-briefings-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './briefings-panel.html',
  styleUrl: './bloc.scss',
})
export class BriefingsPanel {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  private readonly admin = inject(AdminApi);
  /** Something was noted: the report above counts it. */
  readonly changed = output<void>();

  protected readonly channels = NOTE_CHANNELS;
  protected readonly channelLabels = SENTIMENT_CHANNEL_LABELS;
  protected readonly levels = SENTIMENT_LEVELS;
  protected readonly levelLabels = SENTIMENT_LEVEL_LABELS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly briefings = signal<BriefingDto[]>([]);
  protected readonly notes = signal<SentimentNoteDto[]>([]);
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);

  protected note = this.emptyNote();
  protected briefing = this.emptyBriefing();

  constructor() {
    effect(() => {
      const commune = this.ctx.communeId();
      untracked(() => void this.load(commune));
    });
  }

  private emptyNote() {
    return {
      channel: 'union_meeting' as NoteChannel,
      notedOn: vietnamToday(),
      neighbourhoodId: '',
      category: 'other' as CaseCategory,
      level: 'stable' as SentimentLevel,
      content: '',
    };
  }

  private emptyBriefing() {
    return {
      heldOn: vietnamToday(),
      summary: '',
      attendees: {} as Record<string, boolean>,
    };
  }

  private async load(commune: string): Promise<void> {
    const q = commune || undefined;
    const [briefings, notes, neighbourhoods] = await Promise.all([
      firstValueFrom(this.api.briefings(q)).catch((): BriefingDto[] => []),
      firstValueFrom(this.api.notes(q)).catch((): SentimentNoteDto[] => []),
      firstValueFrom(this.admin.neighbourhoods(q)).catch((): NeighbourhoodDto[] => []),
    ]);
    this.briefings.set(briefings);
    this.notes.set(notes.filter((n) => n.channel !== 'briefing').slice(0, 20));
    this.neighbourhoods.set(neighbourhoods.filter((n) => n.active));
  }

  protected async addNote(form: NgForm): Promise<void> {
    if (form.invalid) return;
    const { neighbourhoodId, ...rest } = this.note;
    const ok = await this.ctx.run('bloc.note.saved', () =>
      firstValueFrom(
        this.api.createNote({
          ...rest,
          communeId: this.ctx.query(),
          ...(neighbourhoodId ? { neighbourhoodId } : {}),
        }),
      ),
    );
    if (ok) {
      this.note = this.emptyNote();
      form.resetForm(this.note);
      await this.load(this.ctx.communeId());
      this.changed.emit();
    }
  }

  protected async addBriefing(form: NgForm): Promise<void> {
    if (form.invalid) return;
    const b = this.briefing;
    const ok = await this.ctx.run('bloc.briefing.saved', () =>
      firstValueFrom(
        this.api.createBriefing({
          communeId: this.ctx.query(),
          heldOn: b.heldOn,
          summary: b.summary,
          attendeeIds: Object.entries(b.attendees)
            .filter(([, present]) => present)
            .map(([id]) => id),
        }),
      ),
    );
    if (ok) {
      this.briefing = this.emptyBriefing();
      form.resetForm(this.briefing);
      await this.load(this.ctx.communeId());
    }
  }
}
