import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AgencyRatingDto, CitizenNoticeDto } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { CaseRatingsService } from './case-ratings.service';
import { CitizenNoticesService } from './citizen-notices.service';

/** What staff see of the citizens online: the notices sent on a case and how they were delivered. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/citizen-notices')
export class CitizenNoticesController {
  constructor(private readonly notices: CitizenNoticesService) {}

  @Get()
  @Allow('case.read')
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam()) caseId: string): Promise<CitizenNoticeDto[]> {
    return this.notices.listForCase(actor, caseId);
  }
}

/** The citizens' ratings of the answers, averaged per agency over the cases the caller may see. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('ratings')
export class RatingsController {
  constructor(private readonly ratings: CaseRatingsService) {}

  @Get('agencies')
  @Allow('reports.read')
  byAgency(@CurrentActor() actor: Actor): Promise<AgencyRatingDto[]> {
    return this.ratings.byAgency(actor);
  }
}
