import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REPORT_FORM_SLUGS,
  type HotSpotSettings,
  type OverviewQuery,
  type PeriodReportQuery,
  type ReportFormSlug,
  type ReportItemsQuery,
  type ReportWorkbookQuery,
} from '@tiep-dan/contracts';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class OverviewQueryDto implements OverviewQuery {
  @ApiPropertyOptional({
    description: 'Province users: narrow the overview to one commune of the province',
  })
  @IsOptional()
  @IsUUID()
  communeId?: string;
}

export class PeriodReportQueryDto implements PeriodReportQuery {
  @ApiProperty({
    example: '2026-01-01',
    description: 'First day of the period (Vietnam calendar day)',
  })
  @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({
    example: '2026-03-31',
    description: 'Last day of the period, inclusive',
  })
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  communeId?: string;
}

const FORM_SLUGS = Object.values(REPORT_FORM_SLUGS);

export class ReportWorkbookQueryDto extends PeriodReportQueryDto implements ReportWorkbookQuery {
  @ApiProperty({ enum: FORM_SLUGS, example: '01-TCD' })
  @IsIn(FORM_SLUGS)
  form!: ReportFormSlug;
}

export class ReportItemsQueryDto extends ReportWorkbookQueryDto implements ReportItemsQuery {
  @ApiProperty({
    example: 'c4',
    description: 'A column key (c + its number on the form) or a note of the "Ghi chú" column (note:refused)',
  })
  @Matches(/^(c\d{1,2}|note:[a-zA-Z]{1,40})$/, {
    message: 'column must be a column key like c4 or a note key like note:refused',
  })
  column!: string;

  @ApiPropertyOptional({
    description: 'The unit row (a commune id); the total row when left out',
  })
  @IsOptional()
  @IsUUID()
  row?: string;
}

export class HotSpotSettingsDto implements HotSpotSettings {
  @ApiProperty({ minimum: 1, maximum: 90 })
  @IsInt()
  @Min(1)
  @Max(90)
  windowDays!: number;
  @ApiProperty({ minimum: 2, maximum: 1000 })
  @IsInt()
  @Min(2)
  @Max(1000)
  clusterMinCases!: number;
  @ApiProperty({ minimum: 2, maximum: 1000 })
  @IsInt()
  @Min(2)
  @Max(1000)
  groupMinPeople!: number;
}
