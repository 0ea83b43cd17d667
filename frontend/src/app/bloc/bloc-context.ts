import { Injectable, computed, inject, signal } from '@angular/core';
import type { BlocDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { problemOf } from '../core/api/cases.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';

/**
 * What every tab of the bloc screen shares: the commune looked at (a commune's people: theirs; province users pick
 * one), its bloc, who the caller is to it, and one way to run a change and say how it went. Provided by BlocPage.
 */
@Injectable()
export class BlocContext {
  private readonly api = inject(BlocApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);

  readonly communeId = signal(this.session.user()?.communeId ?? '');
  readonly bloc = signal<BlocDto | null>(null);
  readonly busy = signal(false);
  readonly message = signal<{ text: string; error: boolean } | null>(null);

  readonly isProvinceUser = computed(() => !this.session.user()?.communeId);
  /** The bloc's head: a leader of this commune. */
  readonly isHead = computed(() => this.bloc()?.canManage ?? false);
  /** A serving member (through their account). */
  readonly isMember = computed(() => !!this.bloc()?.myMemberId);
  /** The level above: province leaders and inspectors check and urge. */
  readonly isUpperCadre = computed(() => this.isProvinceUser() && this.session.hasRole(['leader', 'inspector']));
  readonly isProvinceLeader = computed(() => this.isProvinceUser() && this.session.hasRole(['leader']));
  readonly servingMembers = computed(() => (this.bloc()?.members ?? []).filter((m) => m.current));

  /** `communeId` for a request: undefined lets the API take the caller's own commune. */
  readonly query = computed(() => this.communeId() || undefined);

  async reload(): Promise<void> {
    if (!this.communeId() && this.isProvinceUser()) {
      this.bloc.set(null);
      return;
    }
    this.bloc.set(await firstValueFrom(this.api.bloc(this.query())).catch(() => null));
  }

  /** Runs a change; on success says `done`, on failure the API's reason and the fields it names. */
  async run(done: MessageKey | null, work: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await work();
      if (done) this.message.set({ text: this.i18n.t(done), error: false });
      return true;
    } catch (e) {
      const problem = problemOf(e);
      const detail = problem.errors?.map((f) => this.i18n.pick(f.message)).join('; ');
      this.message.set({
        text: this.i18n.t('bloc.error', {
          message: this.i18n.pick(problem.message) + (detail ? ` (${detail})` : ''),
        }),
        error: true,
      });
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

/** Saves a downloaded file under its name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The current year and quarter in Vietnam, from a `YYYY-MM-DD` day. */
export function quarterOf(day: string): { year: number; quarter: number } {
  return {
    year: Number(day.slice(0, 4)),
    quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1,
  };
}
