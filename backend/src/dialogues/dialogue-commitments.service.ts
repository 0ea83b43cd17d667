import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DialogueDetailDto } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { IntakeService } from '../cases/intake.service';
import { Clock } from '../platform/clock/clock';
import { insertCommitment } from './dialogue.repository';
import { assertWriter, channelOf, lockedSession } from './dialogue-writes';
import { DialogueErrors } from './dialogues.errors';
import { DialoguesService } from './dialogues.service';
import type { CreateCommitmentDto } from './dto/dialogue.dto';

/** Commitments made at a dialogue: each becomes a tracked `commitment` case of the agency that made it. */
@Injectable()
export class DialogueCommitmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dialogues: DialoguesService,
    private readonly intake: IntakeService,
    private readonly clock: Clock,
  ) {}

  /** A commitment made at the dialogue becomes a `commitment` case owned by the agency, due on the promised date. */
  async addCommitment(actor: Actor, id: string, body: CreateCommitmentDto): Promise<DialogueDetailDto> {
    assertWriter(actor);
    if (body.dueDate < vnDateOf(this.clock.now()))
      throw DialogueErrors.invalid('dueDate', 'Hạn cam kết không được ở quá khứ', 'The due date cannot be in the past');
    await this.db.transaction(async (tx) => {
      const row = await lockedSession(tx, actor, id);
      const caseId = await this.intake.open(tx, actor, {
        type: 'commitment',
        channel: channelOf(row.kind),
        category: body.category ?? 'other',
        summary: body.content.trim(),
        content: `Cam kết tại ${row.title} (${row.held_on}, ${row.place})`,
        communeId: row.commune_id,
        ...(row.neighbourhood_id ? { neighbourhoodId: row.neighbourhood_id } : {}),
        ownerAgencyId: body.ownerAgencyId,
        dueDate: body.dueDate,
      });
      await insertCommitment(tx, {
        dialogueId: id,
        content: body.content.trim(),
        ownerAgencyId: body.ownerAgencyId,
        dueDate: body.dueDate,
        caseId,
        createdAt: this.clock.now(),
      });
    });
    return this.dialogues.get(actor, id);
  }
}
