import {
  Body,
  Controller,
  Get,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  HotSpotSettings,
  OverviewDto,
  PeriodReportDto,
} from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../access/auth.guard';
import {
  HotSpotSettingsDto,
  OverviewQueryDto,
  PeriodReportQueryDto,
} from './dto/dashboard.dto';
import { HotSpotsService } from './hot-spots.service';
import { OverviewService } from './overview.service';
import { ReportsService } from './reports.service';

const XLSX =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The leader overview, hot spots and periodic reports: leaders and inspectors, scoped to their commune or province. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly overviews: OverviewService,
    private readonly reports: ReportsService,
    private readonly hotSpots: HotSpotsService,
  ) {}

  @Get('overview')
  @Roles('leader', 'inspector')
  @ApiOkResponse({
    description:
      'Open, due-soon and overdue cases of the area by agency, type, neighbourhood and category; trend; hot spots',
  })
  overview(
    @CurrentActor() actor: Actor,
    @Query() query: OverviewQueryDto,
  ): Promise<OverviewDto> {
    return this.overviews.overview(actor, query.communeId);
  }

  @Get('reports')
  @Roles('leader', 'inspector')
  @ApiOkResponse({
    description: 'Forms 01/TCD and 01/XLD for the period and area',
  })
  report(
    @CurrentActor() actor: Actor,
    @Query() query: PeriodReportQueryDto,
  ): Promise<PeriodReportDto> {
    return this.reports.report(actor, query);
  }

  @Get('reports.xlsx')
  @Roles('leader', 'inspector')
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'The same report as an Excel workbook, one sheet per form',
  })
  async reportWorkbook(
    @CurrentActor() actor: Actor,
    @Query() query: PeriodReportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.workbook(actor, query);
    return new StreamableFile(file.content, {
      type: XLSX,
      length: file.content.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }

  @Get('hot-spot-settings')
  @Roles('leader', 'inspector', 'admin')
  hotSpotSettings(): Promise<HotSpotSettings> {
    return this.hotSpots.settings();
  }

  @Put('hot-spot-settings')
  @Roles('leader', 'admin')
  updateHotSpotSettings(
    @CurrentActor() actor: Actor,
    @Body() body: HotSpotSettingsDto,
  ): Promise<HotSpotSettings> {
    return this.hotSpots.updateSettings(actor, body);
  }
}
