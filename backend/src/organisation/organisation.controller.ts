import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AgencyDto, NeighbourhoodDto } from '@tiep-dan/contracts';
import { Allow } from '../access/auth.guard';
import {
  CreateAgencyDto,
  CreateNeighbourhoodDto,
  NeighbourhoodQueryDto,
  UpdateAgencyDto,
  UpdateNeighbourhoodDto,
} from './dto/organisation.dto';
import { OrganisationService } from './organisation.service';

/** The agency tree and neighbourhoods: readable by every signed-in user (to pick an agency), changed by administrators. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get('agencies')
  @Allow('organisation.read')
  listAgencies(): Promise<AgencyDto[]> {
    return this.organisation.listAgencies();
  }

  @Post('agencies')
  @Allow('organisation.manage')
  createAgency(@Body() body: CreateAgencyDto): Promise<AgencyDto> {
    return this.organisation.createAgency(body);
  }

  @Patch('agencies/:id')
  @Allow('organisation.manage')
  updateAgency(@Param('id', uuidParam()) id: string, @Body() body: UpdateAgencyDto): Promise<AgencyDto> {
    return this.organisation.updateAgency(id, body);
  }

  @Get('neighbourhoods')
  @Allow('organisation.read')
  listNeighbourhoods(@Query() query: NeighbourhoodQueryDto): Promise<NeighbourhoodDto[]> {
    return this.organisation.listNeighbourhoods(query.communeId);
  }

  @Post('neighbourhoods')
  @Allow('organisation.manage')
  createNeighbourhood(@Body() body: CreateNeighbourhoodDto): Promise<NeighbourhoodDto> {
    return this.organisation.createNeighbourhood(body);
  }

  @Patch('neighbourhoods/:id')
  @Allow('organisation.manage')
  updateNeighbourhood(@Param('id', uuidParam()) id: string, @Body() body: UpdateNeighbourhoodDto): Promise<NeighbourhoodDto> {
    return this.organisation.updateNeighbourhood(id, body);
  }
}
