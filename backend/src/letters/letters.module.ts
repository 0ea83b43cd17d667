import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LETTERS_ENTITIES } from './letter.entity';

/** The `letters` bounded context: letters received by post, e-mail, online or forwarded, split into cases. */
@Module({
  imports: [TypeOrmModule.forFeature(LETTERS_ENTITIES), CasesModule],
  controllers: [LettersController],
  providers: [LettersService],
  exports: [LettersService],
})
export class LettersModule {}
