import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  HotSpotSettings,
  OverviewQuery,
  PeriodReportQuery,
} from '@tiep-dan/contracts';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class OverviewQueryDto implements OverviewQuery {
  @ApiPropertyOptional({
    description:
      'Province users: narrow the overview to one commune of the province',
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
