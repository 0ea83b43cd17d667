import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { DatePipe, JsonPipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { SECURITY_AUDIT_ACTIONS, type SecurityAuditAction, type SecurityAuditEntryDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../../core/api/admin.api';
import { I18n } from '../../core/i18n/i18n.service';
import type { MessageKey } from '../../core/i18n/messages';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { AUDIT_ACTION_LABEL } from '../admin-labels';
import { AccessibleForm } from '../../core/forms/accessible-form';

const PAGE_SIZE = 25;
const ALARMS: readonly SecurityAuditAction[] = ['identity.reveal', 'identity.reveal_refused', 'login.locked', 'token.refresh_reuse'];

/** The security log, newest first: filter by event and target, page forwards and back (the API pages by cursor). */
@Component({
  selector: 'app-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    DatePipe,
    JsonPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
  ],
  templateUrl: './audit-page.html',
  styleUrl: '../admin-page.scss',
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly actions = SECURITY_AUDIT_ACTIONS;
  protected readonly actionLabel = AUDIT_ACTION_LABEL;
  protected readonly columns = ['at', 'action', 'actor', 'target', 'ip', 'details'];
  protected readonly filters = this.fb.group({
    action: this.fb.control<SecurityAuditAction | ''>(''),
    targetId: this.fb.control(''),
  });
  protected readonly entries = signal<SecurityAuditEntryDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal(false);
  /** Cursors of the pages shown so far: the first page has none. */
  private readonly cursors = signal<(string | undefined)[]>([undefined]);
  protected readonly pageNumber = signal(1);
  protected readonly nextCursor = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected applyFilters(): void {
    this.cursors.set([undefined]);
    this.pageNumber.set(1);
    void this.load();
  }

  protected next(): void {
    const cursor = this.nextCursor();
    if (!cursor) return;
    this.cursors.update((list) => [...list, cursor]);
    this.pageNumber.update((n) => n + 1);
    void this.load();
  }

  protected previous(): void {
    if (this.pageNumber() <= 1) return;
    this.cursors.update((list) => list.slice(0, -1));
    this.pageNumber.update((n) => n - 1);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(false);
    const { action, targetId } = this.filters.getRawValue();
    try {
      const page = await firstValueFrom(
        this.api.securityAudit({
          action: action || undefined,
          targetId: targetId.trim() || undefined,
          cursor: this.cursors()[this.cursors().length - 1],
          limit: PAGE_SIZE,
        }),
      );
      this.entries.set(page.items);
      this.nextCursor.set(page.nextCursor);
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  /** A label for the event; an action newer than this screen shows as its code. */
  protected actionText(entry: SecurityAuditEntryDto): string {
    const key = AUDIT_ACTION_LABEL[entry.action] as MessageKey | undefined;
    return key ? this.i18n.t(key) : entry.action;
  }

  /** Events an administrator should notice: identity views, lock-outs, stolen refresh tokens. */
  protected isAlarm(entry: SecurityAuditEntryDto): boolean {
    return ALARMS.includes(entry.action);
  }

  protected hasDetails(entry: SecurityAuditEntryDto): boolean {
    return Object.keys(entry.details).length > 0;
  }
}
