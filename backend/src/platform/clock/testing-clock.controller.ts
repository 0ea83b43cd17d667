import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Allow } from '../../access/auth.guard';
import { validationFailed } from '../errors/validation-messages';
import { Public } from '../http/public.decorator';
import { Clock, ShiftableClock } from './clock';

/** The clock may be moved within these instants only: beyond them dates break (1e308 ms made every token invalid). */
export const TESTING_CLOCK_EARLIEST = Date.UTC(2000, 0, 1);
export const TESTING_CLOCK_LATEST = Date.UTC(2100, 0, 1);
const MAX_ADVANCE_MS = TESTING_CLOCK_LATEST - TESTING_CLOCK_EARLIEST;

const outOfRange = (field: string) =>
  validationFailed([
    {
      field,
      code: 'clockRange',
      message: {
        vi: `Thời điểm của đồng hồ kiểm thử phải nằm trong khoảng năm 2000–2100 (${field})`,
        en: `${field} must leave the testing clock between the years 2000 and 2100`,
      },
    },
  ]);

export class MoveClockRequest {
  @ApiPropertyOptional({ description: 'Jump to this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({
    description: 'Move forward (or back, negative) by this many milliseconds',
  })
  @IsOptional()
  @IsInt()
  @Min(-MAX_ADVANCE_MS)
  @Max(MAX_ADVANCE_MS)
  advanceMs?: number;
}

function inRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= TESTING_CLOCK_EARLIEST && ms < TESTING_CLOCK_LATEST;
}

export class ClockResponse {
  @ApiProperty() now!: string;
}

/**
 * Registered only when TESTING_CLOCK is on (never in production, config refuses it): e2e journeys and multi-process
 * tests move time to the day a deadline passes instead of waiting for it.
 */
@ApiTags('testing')
@Controller('testing/clock')
export class TestingClockController {
  constructor(private readonly clock: Clock) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The app’s current time (testing clock)' })
  now(): ClockResponse {
    return { now: this.clock.now().toISOString() };
  }

  /** Administrators only: moving time changes every deadline, token and throttle of the running app. */
  @Post()
  @HttpCode(200)
  @Allow('clock.move')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Move the testing clock (administrator)' })
  move(@Body() body: MoveClockRequest): ClockResponse {
    const clock = this.clock as ShiftableClock;
    const at = body.at ? new Date(body.at) : this.clock.now();
    if (!inRange(at.getTime())) throw outOfRange('at');
    const target = at.getTime() + (body.advanceMs ?? 0);
    if (!inRange(target)) throw outOfRange('advanceMs');
    // Checked first, applied together: a refused request leaves the clock where it was.
    clock.set(new Date(target));
    return this.now();
  }
}
