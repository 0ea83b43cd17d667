import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DialogueAttachmentsService } from './dialogue-attachments.service';
import { DialogueCommitmentsService } from './dialogue-commitments.service';
import { DialogueOpinionsService } from './dialogue-opinions.service';
import { DialoguesController } from './dialogues.controller';
import { DialogueStatistics } from './dialogue-statistics';
import { DialoguesService } from './dialogues.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DIALOGUE_ENTITIES } from './dialogue.entity';

/**
 * The `dialogues` bounded context: dialogue sessions, their minutes, opinions → cases and commitments → tracked cases.
 * Its API for other contexts: `DialogueStatistics` (what the dialogues heard, for reports); the services are exported for
 * the demo seeder, which replays the demo dialogue's commitments and opinions through them.
 */
@Module({
  imports: [TypeOrmModule.forFeature(DIALOGUE_ENTITIES), CasesModule],
  controllers: [DialoguesController],
  providers: [DialoguesService, DialogueCommitmentsService, DialogueOpinionsService, DialogueAttachmentsService, DialogueStatistics],
  exports: [DialoguesService, DialogueCommitmentsService, DialogueOpinionsService, DialogueStatistics],
})
export class DialoguesModule {}
