import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  CASE_CATEGORY_LABELS,
  HANDLER_ASSIGNED_EVENT,
  type CaseCategory,
  ROLE_LABELS,
  type AgencyDto,
  type BilingualText,
  type CaseEventDto,
  type MachineDescription,
} from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { CASE_DETAIL_MESSAGES } from './case-detail.messages';
import { AGENCY_FIELDS, fieldLabel, valueLabel } from './payload-labels';

interface Entry {
  seq: number;
  at: string;
  title: BilingualText;
  actor: string | null;
  role: BilingualText;
  moved: BilingualText | null;
  note: string | null;
  details: { label: BilingualText; value: BilingualText }[];
}

const text = (value: string): BilingualText => ({ vi: value, en: value });
/** Payload members kept for machines and reports, not for people reading the history. */
/** Payload members whose value is a code with a label (outcome, complexity, refusal reason, intake channel). */
const ENUM_FIELDS = new Set(['outcome', 'complexity', 'reason', 'channel', 'ground']);
const HIDDEN = new Set(['fromCaseId', 'handlerId', 'previousHandlerId', 'previousHandlerName', 'handlerName', 'claimed', 'ruleId']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dmy = (isoDate: string) => isoDate.split('-').reverse().join('/');

/** Who did what, when and why: every history row of the case, newest first, with the payload in words. */
@Component({
  selector: 'app-history-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, DatePipe],
  template: `
    <ol class="timeline" data-testid="history">
      @for (e of entries(); track e.seq) {
        <li [attr.data-seq]="e.seq">
          <div class="head">
            <strong class="what">{{ e.title | t }}</strong>
            <time [attr.datetime]="e.at">{{ e.at | date: 'dd/MM/yyyy HH:mm' : '+0700' }}</time>
          </div>
          <div class="who">
            {{ e.actor ?? '' }} · {{ e.role | t }}
            @if (e.moved) {
              ·
              <span class="moved">{{ 'case.history.to' | t: { state: (e.moved | t) } }}</span>
            }
          </div>
          @if (e.details.length) {
            <dl>
              @for (d of e.details; track $index) {
                <dt>{{ d.label | t }}</dt>
                <dd>{{ d.value | t }}</dd>
              }
            </dl>
          }
          @if (e.note) {
            <p class="note">{{ e.note }}</p>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 16px;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    li {
      position: relative;
      padding: 0 0 16px 12px;
    }
    li::before {
      content: '';
      position: absolute;
      left: -23px;
      top: 4px;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .head {
      display: flex;
      gap: 12px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    time,
    .who {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    dl {
      display: grid;
      grid-template-columns: fit-content(40%) 1fr;
      gap: 2px 12px;
      margin: 6px 0 0;
      font: var(--mat-sys-body-medium);
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      white-space: pre-line;
    }
    .note {
      margin: 6px 0 0;
      font-style: italic;
      white-space: pre-line;
    }
  `,
})
export class HistoryTimeline {
  readonly history = input.required<readonly CaseEventDto[]>();
  readonly lifecycle = input.required<MachineDescription>();
  readonly agencies = input<readonly AgencyDto[]>([]);

  protected readonly entries = computed<Entry[]>(() => {
    const states = new Map(this.lifecycle().states.map((s) => [s.id, s.label]));
    const agencies = new Map(this.agencies().map((a) => [a.id, a.name]));
    return [...this.history()].reverse().map((h) => {
      const details = Object.entries(h.payload)
        .filter(([name, value]) => !HIDDEN.has(name) && value !== null && value !== undefined && value !== '')
        .map(([name, value]) => ({
          label: fieldLabel(name),
          value: name === 'sessionId' && h.sessionDate ? this.session(h.sessionDate) : this.valueOf(name, value, agencies),
        }))
        // An id nobody could read (one this page cannot name) says nothing to the people reading the history.
        .filter((d) => !UUID.test(d.value.vi));
      if (h.type === HANDLER_ASSIGNED_EVENT) {
        const name = h.payload['handlerName'];
        details.unshift({
          label: CASE_DETAIL_MESSAGES['case.assignee.title'],
          value: typeof name === 'string' ? text(name) : CASE_DETAIL_MESSAGES['case.history.unassigned'],
        });
      }
      return {
        seq: h.seq,
        at: h.at,
        title:
          h.type === 'CREATED'
            ? CASE_DETAIL_MESSAGES['case.history.created']
            : h.type === HANDLER_ASSIGNED_EVENT
              ? CASE_DETAIL_MESSAGES[h.payload['claimed'] === true ? 'case.history.handlerClaimed' : 'case.history.handlerAssigned']
              : h.label,
        actor: h.actorFullName ?? h.actorName,
        role: h.actorRole === 'system' ? CASE_DETAIL_MESSAGES['case.history.system'] : ROLE_LABELS[h.actorRole],
        moved: h.fromState !== null && h.fromState !== h.toState ? (states.get(h.toState) ?? text(h.toState)) : null,
        note: h.note,
        details,
      };
    });
  });

  private session(date: string): BilingualText {
    const text = CASE_DETAIL_MESSAGES['case.history.session'];
    return {
      vi: text.vi.replace('{date}', dmy(date)),
      en: text.en.replace('{date}', dmy(date)),
    };
  }

  private valueOf(name: string, value: unknown, agencies: Map<string, string>): BilingualText {
    if (typeof value === 'boolean') return value ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' };
    if (Array.isArray(value)) return text(value.map(String).join(', '));
    const raw = String(value);
    if (AGENCY_FIELDS.has(name)) return text(agencies.get(raw) ?? raw);
    if (name === 'category') return CASE_CATEGORY_LABELS[raw as CaseCategory] ?? text(raw);
    if (ENUM_FIELDS.has(name)) return valueLabel(raw);
    // A calendar day (a dialogue's date, a due date) as people write it.
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return text(dmy(raw));
    return text(raw);
  }
}
