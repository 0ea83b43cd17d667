import { Module } from '@nestjs/common';

/** The `dashboard` bounded context. */
@Module({})
export class DashboardModule {}
