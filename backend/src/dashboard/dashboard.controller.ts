import { Body, Controller, Get, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { HotSpotSettings, OverviewDto, PeriodReportDto, ReportItemsDto } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import {
  HotSpotSettingsDto,
  OverviewQueryDto,
  PeriodReportQueryDto,
  ReportItemsQueryDto,
  ReportWorkbookQueryDto,
} from './dto/dashboard.dto';
import { HotSpotsService } from './hot-spots.service';
import { OverviewService } from './overview.service';
import { ReportsService } from './reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  @Allow('reports.read')
  @ApiOkResponse({
    description: 'Open, due-soon and overdue cases of the area by agency, type, neighbourhood and category; trend; hot spots',
  })
  overview(@CurrentActor() actor: Actor, @Query() query: OverviewQueryDto): Promise<OverviewDto> {
    return this.overviews.overview(actor, query.communeId);
  }

  @Get('reports')
  @Allow('reports.read')
  @ApiOkResponse({
    description: 'Every periodic form of Thông tư 02/2021/TT-TTCP (01/TCD, 02/TCD, 01–04/XLD, 01/KQGQ, 03/KQGQ) for the period and area',
  })
  report(@CurrentActor() actor: Actor, @Query() query: PeriodReportQueryDto): Promise<PeriodReportDto> {
    return this.reports.report(actor, query);
  }

  @Get('reports/items')
  @Allow('reports.read')
  @ApiOkResponse({
    description: 'The visits, sessions, petitions or cases behind one figure of a form (a unit row or the total)',
  })
  reportItems(@CurrentActor() actor: Actor, @Query() query: ReportItemsQueryDto): Promise<ReportItemsDto> {
    return this.reports.items(actor, query);
  }

  @Get('reports.xlsx')
  @Allow('reports.read')
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: "One form of the period as Excel in the form's layout, with a second sheet listing what each figure counts",
  })
  async reportWorkbook(@CurrentActor() actor: Actor, @Query() query: ReportWorkbookQueryDto): Promise<StreamableFile> {
    const file = await this.reports.workbook(actor, query);
    return new StreamableFile(file.content, {
      type: XLSX,
      length: file.content.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }

  @Get('hot-spot-settings')
  @Allow('settings.read')
  hotSpotSettings(): Promise<HotSpotSettings> {
    return this.hotSpots.settings();
  }

  @Put('hot-spot-settings')
  @Allow('settings.update')
  updateHotSpotSettings(@CurrentActor() actor: Actor, @Body() body: HotSpotSettingsDto): Promise<HotSpotSettings> {
    return this.hotSpots.updateSettings(actor, body);
  }
}
