import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsBooleanString, IsOptional } from 'class-validator';
import { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import type { NotificationDto } from '@tiep-dan/contracts';
import { NotificationsService } from './notifications.service';

class NotificationQueryDto {
  @IsOptional() @IsBooleanString() unread?: string;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Allow('account.self')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The current user's in-app notifications, newest first. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationDto[]> {
    return this.notifications.listFor(actor, query.unread === 'true');
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  markRead(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.notifications.markRead(actor, id);
  }
}
