import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  BLOC_MEMBER_KIND_LABELS,
  BLOC_MEMBER_KINDS,
  BLOC_ROLE_LABELS,
  BLOC_ROLES,
  type BlocMemberKind,
  type BlocRole,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** The bloc's members (dated terms: kiện toàn) and its operating rules; the head adds, ends terms and adopts rules. */
@Component({
  selector: 'app-bloc-members',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './bloc-members.html',
  styleUrl: './bloc.scss',
})
export class BlocMembers {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  protected readonly kinds = BLOC_MEMBER_KINDS;
  protected readonly kindLabels = BLOC_MEMBER_KIND_LABELS;
  protected readonly roles = BLOC_ROLES;
  protected readonly roleLabels = BLOC_ROLE_LABELS;

  protected member = this.emptyMember();
  protected rules = { text: '', adoptedOn: vietnamToday() };
  protected editingRules = false;

  private emptyMember() {
    return {
      fullName: '',
      position: '',
      kind: 'fatherland_front' as BlocMemberKind,
      blocRole: 'member' as BlocRole,
      termStart: vietnamToday(),
    };
  }

  protected async addMember(form: NgForm): Promise<void> {
    if (form.invalid) return;
    const ok = await this.ctx.run('bloc.member.added', async () =>
      this.ctx.bloc.set(await firstValueFrom(this.api.addMember({ ...this.member, communeId: this.ctx.query() }))),
    );
    if (ok) {
      this.member = this.emptyMember();
      form.resetForm(this.member);
    }
  }

  protected async endTerm(memberId: string, termEnd: string): Promise<void> {
    if (!termEnd) return;
    await this.ctx.run('bloc.member.ended', async () => this.ctx.bloc.set(await firstValueFrom(this.api.endTerm(memberId, termEnd))));
  }

  protected editRules(): void {
    const b = this.ctx.bloc();
    this.rules = {
      text: b?.rules ?? '',
      adoptedOn: b?.rulesAdoptedOn ?? vietnamToday(),
    };
    this.editingRules = true;
  }

  protected async saveRules(): Promise<void> {
    const ok = await this.ctx.run('bloc.rules.saved', async () =>
      this.ctx.bloc.set(
        await firstValueFrom(
          this.api.setRules({
            communeId: this.ctx.query(),
            rules: this.rules.text,
            adoptedOn: this.rules.adoptedOn,
          }),
        ),
      ),
    );
    if (ok) this.editingRules = false;
  }
}
