import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CreatedOpen311ClientDto, Open311ClientDto } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, ClientIp, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { CreateOpen311ClientDto } from './dto/open311.dto';
import { Open311ClientsService } from './open311-clients.service';

/** Administrators issue and revoke the api keys of Open311 client apps of their province. */
@ApiTags('open311')
@ApiBearerAuth()
@Controller('open311-clients')
export class Open311ClientsController {
  constructor(private readonly clients: Open311ClientsService) {}

  @Get()
  @Allow('open311.manage')
  list(@CurrentActor() actor: Actor): Promise<Open311ClientDto[]> {
    return this.clients.list(actor);
  }

  /** The answer carries the key, once: only its hash is kept. */
  @Post()
  @Allow('open311.manage')
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOpen311ClientDto,
    @ClientIp() ip: string | null,
  ): Promise<CreatedOpen311ClientDto> {
    return this.clients.create(actor, body.name, ip);
  }

  @Post(':id/revoke')
  @Allow('open311.manage')
  @HttpCode(HttpStatus.OK)
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @ClientIp() ip: string | null): Promise<Open311ClientDto> {
    return this.clients.revoke(actor, id, ip);
  }
}
