import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiConsumes, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../platform/http/public.decorator';
import { Open311CreateRequestDto, Open311JurisdictionQueryDto, Open311RequestsQueryDto } from './dto/open311.dto';
import { Open311ExceptionFilter } from './open311-exception.filter';
import { formatOf, OPEN311_CONTENT_TYPES, OPEN311_FORMATS, renderList, renderOne, type Open311Format } from './open311-format';
import { Open311Service } from './open311.service';
import { Open311Errors } from './open311.errors';

/** The URL's format suffix, or a 404 in the spec's error shape. */
function format(value: string): Open311Format {
  const known = formatOf(value);
  if (!known) throw Open311Errors.formatNotFound();
  return known;
}

const FORMAT = ApiParam({ name: 'format', enum: OPEN311_FORMATS });
const send = (res: Response, f: Open311Format, body: string, status = HttpStatus.OK) =>
  void res.status(status).type(OPEN311_CONTENT_TYPES[f]).send(body);

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at `/open311/v2`, in XML and JSON by the URL's suffix.
 * Reading needs no key; filing a request needs the api_key an administrator issued to the client app.
 */
@ApiTags('open311')
@ApiProduces(OPEN311_CONTENT_TYPES.xml, OPEN311_CONTENT_TYPES.json)
@UseFilters(Open311ExceptionFilter)
@Public()
@Controller('open311')
export class Open311Controller {
  constructor(private readonly open311: Open311Service) {}

  /** Service discovery (http://wiki.open311.org/Service_discovery). */
  @Get('discovery.:format')
  @FORMAT
  discovery(@Param('format') suffix: string, @Res() res: Response): void {
    const f = format(suffix);
    send(res, f, renderOne(f, 'discovery', this.open311.discovery(f)));
  }

  @Get('v2/services.:format')
  @FORMAT
  async services(@Param('format') suffix: string, @Query() query: Open311JurisdictionQueryDto, @Res() res: Response): Promise<void> {
    const f = format(suffix);
    send(res, f, renderList(f, 'services', 'service', await this.open311.services(query.jurisdiction_id)));
  }

  @Get('v2/services/:code.:format')
  @FORMAT
  async service(
    @Param('code') code: string,
    @Param('format') suffix: string,
    @Query() query: Open311JurisdictionQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const f = format(suffix);
    send(res, f, renderOne(f, 'service_definition', await this.open311.serviceDefinition(query.jurisdiction_id, code)));
  }

  @Post('v2/requests.:format')
  @FORMAT
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  async create(
    @Param('format') suffix: string,
    @Body() body: Open311CreateRequestDto,
    @Query() query: Open311JurisdictionQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const f = format(suffix);
    send(res, f, renderList(f, 'service_requests', 'request', await this.open311.create(body, query.api_key)), HttpStatus.CREATED);
  }

  @Get('v2/requests.:format')
  @FORMAT
  async requests(@Param('format') suffix: string, @Query() query: Open311RequestsQueryDto, @Res() res: Response): Promise<void> {
    const f = format(suffix);
    send(res, f, renderList(f, 'service_requests', 'request', await this.open311.requests(query)));
  }

  @Get('v2/requests/:id.:format')
  @FORMAT
  async request(
    @Param('id') id: string,
    @Param('format') suffix: string,
    @Query() query: Open311JurisdictionQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const f = format(suffix);
    send(res, f, renderList(f, 'service_requests', 'request', await this.open311.request(query.jurisdiction_id, id)));
  }
}
