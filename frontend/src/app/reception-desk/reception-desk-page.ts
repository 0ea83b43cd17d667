import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  RECEPTION_LEADS,
  type AgencyDto,
  type CloseReceptionSessionResponse,
  type NeighbourhoodDto,
  type ReceptionLead,
  type ReceptionSessionDetailDto,
  type ReceptionSessionKind,
  type ReceptionTodayDto,
  type ReceptionVisitDto,
  type VisitCaseDto,
} from '@tiep-dan/contracts';
import { lastValueFrom, type Observable } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { ReceptionApi } from '../core/api/reception.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ScheduleForm } from './schedule-form';
import { RegisterPeriodCard } from './register-period-card';
import { NOW } from '../shared/ui/due-badge';
import { PageHeader } from '../shared/ui/page-header';
import { CaseLine } from './case-line';
import { DirectionForm } from './direction-form';
import { VisitForm } from './visit-form';
import { dmy } from './dates';
import { ReceiptPrinter } from './receipt-printer';
import { agencyTargets } from '../shared/agency-targets';

const SESSION_TITLE: Record<ReceptionSessionKind, MessageKey> = {
  scheduled: 'reception.session',
  ad_hoc: 'reception.session.adHoc',
  regular: 'reception.session.regular',
};
const LED_BY_LABEL: Record<ReceptionLead, MessageKey> = {
  head: 'reception.ledBy.head',
  delegate: 'reception.ledBy.delegate',
};

/** The server's clock as seen from here: "days left" count from the server's today (it may be moved in tests). */
class ServerTime {
  offsetMs = 0;
}

/**
 * The Monday desk: open the day's session (or an ad-hoc one, or the officers' regular reception), log visits, let the leader on duty give directions,
 * print receipts, close the session and see what carries over to the next one.
 */
@Component({
  selector: 'app-reception-desk-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    ScheduleForm,
    RegisterPeriodCard,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    PageHeader,
    CaseLine,
    VisitForm,
    DirectionForm,
  ],
  providers: [
    ServerTime,
    {
      provide: NOW,
      deps: [ServerTime],
      useFactory: (time: ServerTime) => () => new Date(Date.now() + time.offsetMs),
    },
  ],
  templateUrl: './reception-desk-page.html',
  styleUrl: './reception-desk-page.css',
})
export class ReceptionDeskPage {
  private readonly api = inject(ReceptionApi);
  private readonly session = inject(Session);
  private readonly i18n = inject(I18n);
  private readonly serverTime = inject(ServerTime);
  private readonly printer = inject(ReceiptPrinter);

  protected readonly dmy = dmy;
  protected readonly sessionTitle = SESSION_TITLE;
  protected readonly ledByLabel = LED_BY_LABEL;
  protected readonly leads = RECEPTION_LEADS;
  /** Who receives at the leader's session about to be opened (report 01/TCD counts the two apart). */
  protected ledBy: ReceptionLead = 'head';
  protected readonly today = signal<ReceptionTodayDto | null>(null);
  protected readonly editingSchedule = signal(false);
  protected readonly detail = signal<ReceptionSessionDetailDto | null>(null);
  protected readonly closedResult = signal<CloseReceptionSessionResponse | null>(null);
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected readonly agencies = signal<AgencyDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly isLeader = computed(() => this.session.user()?.role === 'leader');
  protected readonly subtitle = computed(() => {
    const today = this.today();
    return today ? this.i18n.t('reception.today', { date: dmy(today.today) }) : '';
  });
  protected adHocReason = '';
  /** The register over a period (a month, a quarter) for the reports, beside the one of a session. */
  protected registerFrom = '';
  protected registerTo = '';

  constructor() {
    void this.load();
  }

  protected weekdayKey(weekday: number): MessageKey {
    return `reception.weekday.${Math.min(5, Math.max(1, weekday)) as 1 | 2 | 3 | 4 | 5}`;
  }

  protected async open(kind: ReceptionSessionKind): Promise<void> {
    await this.run(async () => {
      const opened = await lastValueFrom(
        this.api.openSession(
          kind === 'regular'
            ? { kind }
            : kind === 'ad_hoc'
              ? { kind, reason: this.adHocReason, ledBy: this.ledBy }
              : { kind, ledBy: this.ledBy },
        ),
      );
      this.closedResult.set(null);
      this.adHocReason = '';
      await this.loadSession(opened.id);
      await this.refreshToday();
    });
  }

  protected async close(current: { id: string } | null = this.detail()): Promise<void> {
    if (!current || !confirm(this.i18n.t('reception.closeConfirm'))) return;
    await this.run(async () => {
      const result = await lastValueFrom(this.api.closeSession(current.id));
      this.closedResult.set(result);
      this.detail.set(null);
      await this.refreshToday();
    });
  }

  protected async refresh(): Promise<void> {
    const current = this.detail();
    if (current) await this.loadSession(current.id);
  }

  protected async receipt(item: VisitCaseDto): Promise<void> {
    await this.run(() => this.save(this.api.receipt(item.id), `phieu-tiep-nhan-${item.code}.pdf`));
  }

  protected async print(item: VisitCaseDto): Promise<void> {
    await this.run(() => this.printer.receipt(item.id));
  }

  protected async printRefusal(visit: ReceptionVisitDto): Promise<void> {
    await this.run(() => this.printer.refusalNotice(visit.id));
  }

  protected async exportRegister(): Promise<void> {
    const current = this.detail() ?? this.closedResult()?.session;
    await this.run(() => this.save(this.api.registerXlsx(current ? { sessionId: current.id } : {}), 'so-tiep-cong-dan.xlsx'));
  }

  protected async scheduleSaved(): Promise<void> {
    this.editingSchedule.set(false);
    await this.run(async () => {
      await this.refreshToday();
    });
  }

  protected async exportRegisterPeriod(): Promise<void> {
    const query = { from: this.registerFrom, to: this.registerTo };
    await this.run(() => this.save(this.api.registerXlsx(query), `so-tiep-cong-dan-${query.from}-${query.to}.xlsx`));
  }

  private async save(request: Observable<Blob>, fileName: string): Promise<void> {
    const blob = await lastValueFrom(request);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async load(): Promise<void> {
    await this.run(async () => {
      const today = await this.refreshToday();
      const communeId = this.session.user()?.communeId;
      const [neighbourhoods, agencies] = await Promise.all([
        communeId ? lastValueFrom(this.api.neighbourhoods(communeId)) : Promise.resolve([]),
        lastValueFrom(this.api.agencies()),
      ]);
      this.neighbourhoods.set(neighbourhoods.filter((n) => n.active));
      this.agencies.set(agencyTargets(agencies, communeId));
      if (today.openSession) await this.loadSession(today.openSession.id);
    });
  }

  private async refreshToday(): Promise<ReceptionTodayDto> {
    const today = await lastValueFrom(this.api.today());
    this.serverTime.offsetMs = Date.parse(today.now) - Date.now();
    this.today.set(today);
    return today;
  }

  private async loadSession(id: string): Promise<void> {
    this.detail.set(await lastValueFrom(this.api.session(id)));
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(
        this.i18n.t('reception.error', {
          message: this.i18n.pick(problemOf(error).message),
        }),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
