import { ChangeDetectionStrategy, Component, Injector, afterNextRender, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { AgencyDto, BilingualText, LetterDto, NeighbourhoodDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { LettersApi } from '../core/api/letters.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { communeAgencies } from '../dialogues/dialogue-labels';
import { PageHeader } from '../shared/ui/page-header';
import { LetterForm, type RegisteredLetter } from './letter-form';
import { LetterList } from './letter-list';
import { LetterResult } from './letter-result';
import { ScanUploads } from './scan-uploads';

const LIST_LIMIT = 50;

/**
 * `/letters`: register the letters that arrive by post, e-mail, the portal or from another body, see the cases each
 * opened, and the register of letters below (all, or those not yet triaged).
 */
@Component({
  selector: 'app-letters-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, TranslatePipe, PageHeader, LetterForm, LetterList, LetterResult],
  providers: [ScanUploads],
  template: `
    <app-page-header [title]="'letters.title' | t" [subtitle]="'letters.subtitle' | t" />
    @if (loadError(); as e) {
      <p class="error" role="alert" data-testid="letters-load-error">{{ e }}</p>
    }
    @if (last(); as letter) {
      <app-letter-result [letter]="letter" [ruleNames]="ruleNames()" [uploads]="uploads.items()" />
    }
    <mat-card appearance="outlined" class="form-card">
      <mat-card-content>
        <app-letter-form [agencies]="agencies()" [neighbourhoods]="neighbourhoods()" (registered)="registered($event)" />
      </mat-card-content>
    </mat-card>
    <app-letter-list [letters]="letters()" [loading]="listLoading()" [error]="listError()" [(pending)]="pending" />
  `,
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    .form-card {
      margin-bottom: 24px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class LettersPage {
  private readonly api = inject(LettersApi);
  private readonly admin = inject(AdminApi);
  private readonly cases = inject(CasesApi);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly result = viewChild(LetterResult);
  protected readonly uploads = inject(ScanUploads);

  protected readonly agencies = signal<AgencyDto[]>([]);
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly ruleNames = signal<Partial<Record<string, BilingualText>>>({});
  protected readonly last = signal<LetterDto | null>(null);
  protected readonly letters = signal<LetterDto[]>([]);
  protected readonly listLoading = signal(false);
  protected readonly listError = signal<string | null>(null);
  protected readonly pending = signal(false);
  private listRequest = 0;

  constructor() {
    void this.loadOrganisation();
    void this.loadRuleNames();
    effect(() => {
      const pending = this.pending();
      untracked(() => void this.loadList(pending));
    });
  }

  protected registered({ letter, files }: RegisteredLetter): void {
    this.last.set(letter);
    afterNextRender(() => this.result()?.focus(), { injector: this.injector });
    void this.loadList(this.pending());
    if (files.length)
      void this.uploads.upload(
        letter.matters.map((m) => m.caseId),
        files,
      );
    else this.uploads.items.set([]);
  }

  private async loadOrganisation(): Promise<void> {
    const communeId = this.session.user()?.communeId ?? null;
    try {
      const [agencies, neighbourhoods] = await Promise.all([
        firstValueFrom(this.admin.agencies()),
        communeId ? firstValueFrom(this.admin.neighbourhoods(communeId)) : Promise.resolve([]),
      ]);
      this.agencies.set(communeAgencies(agencies, communeId));
      this.neighbourhoods.set(neighbourhoods.filter((n) => n.active));
    } catch (error) {
      this.loadError.set(
        this.i18n.t('letters.loadFailed', {
          message: this.i18n.pick(problemOf(error).message),
        }),
      );
    }
  }

  /** "Xử lý đơn", "Thụ lý khiếu nại"…: the step each new case's clock is counting. */
  private async loadRuleNames(): Promise<void> {
    try {
      const rules = await firstValueFrom(this.cases.deadlineRules());
      const names: Partial<Record<string, BilingualText>> = {};
      for (const rule of rules) names[rule.id] ??= rule.step;
      this.ruleNames.set(names);
    } catch {
      // Without the names the due dates still show.
    }
  }

  private async loadList(pending: boolean): Promise<void> {
    const request = ++this.listRequest;
    this.listLoading.set(true);
    try {
      const page = await firstValueFrom(this.api.list({ ...(pending ? { pending } : {}), limit: LIST_LIMIT }));
      if (request !== this.listRequest) return;
      this.letters.set(
        [...page.items].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.registeredAt.localeCompare(a.registeredAt)),
      );
      this.listError.set(null);
    } catch (error) {
      if (request !== this.listRequest) return;
      this.listError.set(
        this.i18n.t('letters.list.failed', {
          message: this.i18n.pick(problemOf(error).message),
        }),
      );
    } finally {
      if (request === this.listRequest) this.listLoading.set(false);
    }
  }
}
