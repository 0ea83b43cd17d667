import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DEADLINE_RULE_IDS, type DeadlineExplanation, type DeadlineRuleDto, type DeadlineRuleId } from '@tiep-dan/contracts';
import { computeDeadline, DEADLINE_RULES, DeadlineRuleError, type WorkingCalendar } from '@tiep-dan/workflows';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Allow } from '../access/auth.guard';
import { CaseErrors } from './cases.errors';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';

class PreviewExtensionDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) days?: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
  @ApiProperty() @IsDateString() at!: string;
}

class PreviewSuspensionDto {
  @ApiProperty() @IsDateString() from!: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() to?: string;
}

export class DeadlinePreviewDto {
  @ApiProperty({ enum: DEADLINE_RULE_IDS }) @IsIn(DEADLINE_RULE_IDS) ruleId!: DeadlineRuleId;
  @ApiProperty({ example: '2026-11-23T09:00:00+07:00' }) @IsDateString() startedAt!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) ruleVersion?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remote?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() complex?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() especiallyComplex?: boolean;
  @ApiPropertyOptional({ type: [PreviewExtensionDto] })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PreviewExtensionDto)
  extensions?: PreviewExtensionDto[];
  @ApiPropertyOptional({ type: [PreviewSuspensionDto] })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PreviewSuspensionDto)
  suspensions?: PreviewSuspensionDto[];
  @ApiPropertyOptional() @IsOptional() @IsDateString() explicitDueDate?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() dialogueAt?: string;
}

export interface DeadlinePreviewResponse {
  ruleId: DeadlineRuleId;
  ruleVersion: number;
  dueAt: string | null;
  dueSoonAt: string | null;
  explanation: DeadlineExplanation;
}

/** The deadline engine exactly as cases use it: every rule, and a preview officers can try before acting. */
@ApiTags('deadlines')
@ApiBearerAuth()
@Allow('deadlines.read')
@Controller('deadline-rules')
export class DeadlineRulesController {
  constructor(@Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar) {}

  @Get()
  list(): readonly DeadlineRuleDto[] {
    return DEADLINE_RULES;
  }

  @Post('preview')
  @HttpCode(200)
  preview(@Body() body: DeadlinePreviewDto): DeadlinePreviewResponse {
    try {
      const result = computeDeadline(
        {
          ruleId: body.ruleId,
          ...(body.ruleVersion !== undefined ? { ruleVersion: body.ruleVersion } : {}),
          startedAt: new Date(body.startedAt),
          remote: body.remote ?? false,
          complex: body.complex ?? false,
          especiallyComplex: body.especiallyComplex ?? false,
          extensions: (body.extensions ?? []).map((e) => ({
            ...(e.days !== undefined ? { days: e.days } : {}),
            reason: e.reason,
            at: new Date(e.at),
          })),
          suspensions: (body.suspensions ?? []).map((s) => ({ from: new Date(s.from), ...(s.to ? { to: new Date(s.to) } : {}) })),
          ...(body.explicitDueDate ? { explicitDueDate: new Date(body.explicitDueDate) } : {}),
          ...(body.dialogueAt ? { dialogueAt: new Date(body.dialogueAt) } : {}),
        },
        this.calendar,
      );
      return {
        ruleId: result.ruleId,
        ruleVersion: result.ruleVersion,
        dueAt: result.dueAt?.toISOString() ?? null,
        dueSoonAt: result.dueSoonAt?.toISOString() ?? null,
        explanation: result.explanation,
      };
    } catch (error) {
      if (error instanceof DeadlineRuleError) throw CaseErrors.deadlineRefused(error.messages.vi, error.messages.en);
      throw error;
    }
  }
}
