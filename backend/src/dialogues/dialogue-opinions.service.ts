import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DialogueDetailDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';
import { OpinionIntakeService } from '../cases/opinion-intake.service';
import { Clock } from '../platform/clock/clock';
import { lockOpinion } from './dialogue.read-model';
import { linkOpinion } from './dialogue.repository';
import { assertWriter, channelOf, lockedSession } from './dialogue-writes';
import { DialogueErrors } from './dialogues.errors';
import { DialoguesService } from './dialogues.service';

/** Opinions of a dialogue's minutes turned into cases, through the one intake of opinions (`OpinionIntakeService`). */
@Injectable()
export class DialogueOpinionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dialogues: DialoguesService,
    private readonly opinionIntake: OpinionIntakeService,
    private readonly clock: Clock,
  ) {}

  /** Turns the chosen opinions into proposals or reflections, all in one transaction with the links back. */
  async raiseCases(actor: Actor, id: string, body: RaiseOpinionCasesDto): Promise<DialogueDetailDto> {
    assertWriter(actor);
    const dup = this.opinionIntake.duplicate(body.items);
    if (dup >= 0) throw DialogueErrors.invalid(`items.${dup}.opinionId`, 'Ý kiến bị chọn hai lần', 'The opinion is listed twice');
    await this.db.transaction(async (tx) => {
      const row = await lockedSession(tx, actor, id);
      await this.opinionIntake.raise(tx, actor, body.items, {
        lock: (tx, opinionId) => lockOpinion(tx, id, opinionId),
        link: (tx, opinionId, caseId, sealRaiser) => linkOpinion(tx, opinionId, caseId, sealRaiser),
        origin: (opinion) => ({
          channel: channelOf(row.kind),
          communeId: row.commune_id,
          neighbourhoodId: row.neighbourhood_id,
          source: `Nguồn: ${row.title} (${row.held_on}, ${row.place}), ý kiến số ${opinion.seq}`,
          receivedAt: this.clock.now().toISOString(),
        }),
        notHere: (field) => DialogueErrors.invalid(field, 'Ý kiến không thuộc buổi đối thoại này', 'The opinion is not in this dialogue'),
        alreadyRaised: (field) => DialogueErrors.opinionAlreadyRaised(field),
      });
    });
    return this.dialogues.get(actor, id);
  }
}
