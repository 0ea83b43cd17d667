import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MobilizationController } from './mobilization.controller';
import { MobilizationService } from './mobilization.service';

/** The `mobilization` bounded context: neighbourhood mobilization teams, their meetings, scorecards and ranking. */
@Module({
  imports: [CasesModule],
  controllers: [MobilizationController],
  providers: [MobilizationService],
  exports: [MobilizationService],
})
export class MobilizationModule {}
