import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsISO8601, IsInt, IsOptional } from 'class-validator';
import { Public } from '../http/public.decorator';
import { Clock, ShiftableClock } from './clock';

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
  advanceMs?: number;
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

  @Post()
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Move the testing clock' })
  move(@Body() body: MoveClockRequest): ClockResponse {
    const clock = this.clock as ShiftableClock;
    if (body.at) clock.set(new Date(body.at));
    if (body.advanceMs) clock.advance(body.advanceMs);
    return this.now();
  }
}
