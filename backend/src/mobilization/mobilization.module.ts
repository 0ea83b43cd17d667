import { Module } from '@nestjs/common';

/** The `mobilization` bounded context. */
@Module({})
export class MobilizationModule {}
