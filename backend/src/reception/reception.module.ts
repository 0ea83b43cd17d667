import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CitizensModule } from '../citizens/citizens.module';
import { PublicLookupService } from './public-lookup.service';
import { ReceptionDocumentsService } from './reception-documents.service';
import { PublicLookupController, ReceptionController } from './reception.controller';
import { DuplicateFinderService } from './duplicate-finder.service';
import { ReceptionScheduleService } from './reception-schedule.service';
import { ReceptionSessionsService } from './reception-sessions.service';
import { ReceptionVisitsService } from './reception-visits.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RECEPTION_ENTITIES } from './reception.entities';

/** The `reception` bounded context: the weekly reception day, its visits, receipts, register and the public lookup. */
@Module({
  imports: [TypeOrmModule.forFeature(RECEPTION_ENTITIES), CasesModule, CitizensModule],
  controllers: [ReceptionController, PublicLookupController],
  providers: [
    ReceptionScheduleService,
    ReceptionSessionsService,
    ReceptionVisitsService,
    DuplicateFinderService,
    ReceptionDocumentsService,
    PublicLookupService,
  ],
  exports: [ReceptionScheduleService, ReceptionSessionsService, ReceptionVisitsService],
})
export class ReceptionModule {}
