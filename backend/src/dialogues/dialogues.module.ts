import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DialoguesController } from './dialogues.controller';
import { DialogueStatistics } from './dialogue-statistics';
import { DialoguesService } from './dialogues.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DIALOGUE_ENTITIES } from './dialogue.entity';

/** The `dialogues` bounded context: dialogue sessions, their minutes, opinions → cases and commitments → tracked cases. */
@Module({
  imports: [TypeOrmModule.forFeature(DIALOGUE_ENTITIES), CasesModule],
  controllers: [DialoguesController],
  providers: [DialoguesService, DialogueStatistics],
  exports: [DialoguesService, DialogueStatistics],
})
export class DialoguesModule {}
