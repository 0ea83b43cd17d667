import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type {
  AgencyDto,
  CommuneRankingDto,
  GoodPracticeDto,
  NeighbourhoodDto,
  ScorecardCriterionDto,
  TeamSummaryDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { problemOf } from '../core/api/cases.api';
import { TeamsApi } from '../core/api/teams.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { AccessibleForm } from '../core/forms/accessible-form';

/** The commune's teams, their ranking for a month, and the yearly "Dân vận khéo" register. */
@Component({
  selector: 'app-teams-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccessibleForm, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslatePipe, PageHeader],
  templateUrl: './teams-page.html',
  styleUrl: './teams.scss',
})
export class TeamsPage {
  private readonly api = inject(TeamsApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  protected readonly teams = signal<TeamSummaryDto[] | null>(null);
  protected readonly ranking = signal<CommuneRankingDto | null>(null);
  protected readonly practices = signal<GoodPracticeDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly isLeader = computed(() => this.session.hasRole(['leader']));
  protected readonly communeId = computed(() => this.session.user()?.communeId ?? null);
  /** The lead's own team first. */
  protected readonly ordered = computed(() => {
    const mine = this.session.user()?.neighbourhoodId;
    return [...(this.teams() ?? [])].sort((a, b) => Number(b.neighbourhoodId === mine) - Number(a.neighbourhoodId === mine));
  });
  private readonly agencies = toSignal(inject(AdminApi).agencies(), {
    initialValue: [] as AgencyDto[],
  });
  /** Province users choose the commune whose ranking they look at. */
  protected readonly communes = computed(() => this.agencies().filter((a) => a.kind === 'commune' && a.active));
  /** Province leaders set the scorecard's weights and monthly targets. */
  protected readonly canEditCriteria = computed(() => this.isLeader() && this.communeId() === null);
  protected readonly criteria = signal<ScorecardCriterionDto[]>([]);
  protected readonly neighbourhoods = toSignal(inject(AdminApi).neighbourhoods(this.session.user()?.communeId ?? undefined), {
    initialValue: [] as NeighbourhoodDto[],
  });

  /** Empty until the server answers: its current month (the app's clock) is the default. */
  protected month = '';
  protected rankingCommune = this.session.user()?.communeId ?? '';
  protected year = Number(vietnamToday().slice(0, 4));
  protected newTeam = {
    neighbourhoodId: '',
    name: '',
    termStart: vietnamToday(),
  };
  protected practice = { teamId: '', title: '', description: '' };

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    this.teams.set(await firstValueFrom(this.api.list()).catch((): TeamSummaryDto[] => []));
    await Promise.all([this.loadRanking(), this.loadPractices(), this.loadCriteria()]);
  }

  protected async loadRanking(): Promise<void> {
    if (!this.rankingCommune) return;
    const ranking = await firstValueFrom(this.api.ranking(this.month || undefined, this.rankingCommune)).catch(() => null);
    this.ranking.set(ranking);
    if (ranking) this.month = ranking.month;
  }

  private async loadCriteria(): Promise<void> {
    this.criteria.set(await firstValueFrom(this.api.criteria()).catch((): ScorecardCriterionDto[] => []));
  }

  protected async saveCriteria(): Promise<void> {
    await this.attempt(async () => {
      const criteria = this.criteria().map((c) => ({
        metric: c.metric,
        weight: Number(c.weight),
        target: Number(c.target),
      }));
      this.criteria.set(await firstValueFrom(this.api.updateCriteria({ criteria })));
      await this.loadRanking();
    });
  }

  protected async loadPractices(): Promise<void> {
    this.practices.set(await firstValueFrom(this.api.goodPractices(this.year)).catch((): GoodPracticeDto[] => []));
  }

  protected async createTeam(): Promise<void> {
    await this.attempt(async () => {
      const team = await firstValueFrom(this.api.create({ ...this.newTeam, members: [] }));
      await this.router.navigate(['/teams', team.id]);
    });
  }

  protected async addPractice(): Promise<void> {
    await this.attempt(async () => {
      await firstValueFrom(
        this.api.addGoodPractice(this.practice.teamId, {
          year: this.year,
          title: this.practice.title,
          description: this.practice.description,
        }),
      );
      this.practice = { teamId: '', title: '', description: '' };
      await this.loadPractices();
    });
  }

  private async attempt(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (e) {
      this.error.set(
        this.i18n.t('teams.error', {
          message: this.i18n.pick(problemOf(e).message),
        }),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
