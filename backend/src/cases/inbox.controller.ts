import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseAssignmentDto, HandlerLoadDto, InboxPage, InboxSummaryDto } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { AssignHandlerDto, InboxFiltersDto, InboxQueryDto } from './dto/inbox.dto';
import { InboxService } from './inbox.service';

/** The agency inbox and who handles each case inside its agency; scoped like every case route (case-scope.ts). */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller()
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get('inbox')
  @Allow('inbox.read')
  list(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxPage> {
    return this.inbox.list(actor, query);
  }

  @Get('inbox/summary')
  @Allow('inbox.read')
  summary(@CurrentActor() actor: Actor, @Query() query: InboxFiltersDto): Promise<InboxSummaryDto> {
    return this.inbox.summary(actor, query);
  }

  @Get('inbox/handlers')
  @Allow('inbox.handlers')
  handlers(@CurrentActor() actor: Actor): Promise<HandlerLoadDto[]> {
    return this.inbox.handlerLoads(actor);
  }

  @Get('cases/:id/assignee')
  @Allow('case.read')
  assignment(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<CaseAssignmentDto> {
    return this.inbox.assignment(actor, id);
  }

  @Put('cases/:id/assignee')
  @Allow('case.assign')
  assign(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: AssignHandlerDto): Promise<CaseAssignmentDto> {
    return this.inbox.assign(actor, id, body);
  }
}
