import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CaseDetailDto, CaseLinkDto, CaseType, IntakeChannel } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';

const CHANNEL_WORDS: Record<IntakeChannel, MessageKey> = {
  reception: 'case.channel.reception',
  post: 'case.channel.post',
  email: 'case.channel.email',
  online: 'case.channel.online',
  forwarded: 'case.channel.forwarded',
  hotline: 'case.channel.hotline',
  mobilization_team: 'case.channel.mobilization_team',
  dialogue: 'case.channel.dialogue',
  voter_contact: 'case.channel.voter_contact',
};

/**
 * The cases this one is linked to (the reception case of its visit, the complaint or denunciation a visit's matter
 * opened, the other matters of the same letter) and the letter it came in, if any.
 */
@Component({
  selector: 'app-case-links-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, TranslatePipe],
  template: `
    @if (letter(); as l) {
      <p class="letter" data-testid="case-letter">
        {{
          'case.links.letter'
            | t
              : {
                  code: l.code,
                  date: (l.receivedAt | date: 'dd/MM/yyyy' : '+0700') ?? '',
                  channel: (channelWords[l.channel] | t),
                }
        }}
      </p>
    }
    @if (links().length) {
      <ul class="links" data-testid="case-links">
        @for (link of links(); track link.caseId + link.relation) {
          <li [attr.data-relation]="link.relation">
            <span class="relation">{{ relation(link) }}:</span>
            @if (link.accessible) {
              <a [routerLink]="['/cases', link.caseId]" class="code">{{ link.code }}</a>
            } @else {
              <span class="code">{{ link.code }}</span>
            }
            <span class="chip">{{ typeLabel(link.type) | t }}</span>
            <span class="state">{{ link.stateLabel | t }}</span>
            @if (link.agencyName && isHandoff(link)) {
              <span class="agency">{{
                link.accessible ? link.agencyName : ('case.links.elsewhere' | t: { agency: link.agencyName })
              }}</span>
            }
            @if (link.dueAt) {
              <span class="due">{{
                'case.links.due'
                  | t
                    : {
                        date: (link.dueAt | date: 'dd/MM/yyyy' : '+0700') ?? '',
                      }
              }}</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .letter {
      margin: 0 0 8px;
    }
    .links {
      margin: 0 0 8px;
      padding-left: 18px;
    }
    .links li {
      padding: 2px 0;
    }
    .relation {
      margin-right: 4px;
    }
    .code {
      font-family: ui-monospace, monospace;
      font-weight: 600;
      margin-right: 6px;
    }
    .chip {
      border-radius: 12px;
      padding: 0 8px;
      margin-right: 6px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .state {
      margin-right: 6px;
    }
    .agency {
      margin-right: 6px;
    }
    .due {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CaseLinksPanel {
  readonly links = input<readonly CaseLinkDto[]>([]);
  readonly letter = input<CaseDetailDto['letter']>(null);
  protected readonly channelWords = CHANNEL_WORDS;
  private readonly i18n = inject(I18n);

  protected typeLabel(type: CaseType): MessageKey {
    return `case.type.${type}`;
  }

  protected isHandoff(link: CaseLinkDto): boolean {
    return link.relation === 'handed_off_to' || link.relation === 'handed_off_from';
  }

  /** "Hồ sơ khiếu nại được mở", "Cùng đơn", "Đã chuyển đơn đến"… */
  protected relation(link: CaseLinkDto): string {
    if (this.isHandoff(link))
      return this.i18n.t(`case.links.${link.relation as 'handed_off_to' | 'handed_off_from'}.${link.handoffKind ?? 'forward'}`);
    if (link.relation !== 'statutory_case') return this.i18n.t(`case.links.${link.relation as 'reception_case' | 'same_letter'}`);
    const type = this.i18n.t(this.typeLabel(link.type));
    return this.i18n.t('case.links.statutory_case', {
      type: this.i18n.lang() === 'vi' ? type.toLocaleLowerCase('vi') : type,
    });
  }
}
