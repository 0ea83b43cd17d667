import { Module } from '@nestjs/common';
import { createWorkingCalendar } from '@tiep-dan/workflows';
import { CasesModule } from '../cases/cases.module';
import { CitizensModule } from '../citizens/citizens.module';
import { PublicLookupService } from './public-lookup.service';
import { ReceptionDocumentsService } from './reception-documents.service';
import {
  PublicLookupController,
  ReceptionController,
} from './reception.controller';
import { RECEPTION_CALENDAR, ReceptionService } from './reception.service';

/** The `reception` bounded context: the weekly reception day, its visits, receipts, register and the public lookup. */
@Module({
  imports: [CasesModule, CitizensModule],
  controllers: [ReceptionController, PublicLookupController],
  providers: [
    ReceptionService,
    ReceptionDocumentsService,
    PublicLookupService,
    // The workflows calendar (official holidays and make-up days): a holiday reception day moves to the next working day.
    { provide: RECEPTION_CALENDAR, useFactory: () => createWorkingCalendar() },
  ],
  exports: [ReceptionService],
})
export class ReceptionModule {}
