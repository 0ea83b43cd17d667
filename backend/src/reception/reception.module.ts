import { Module } from '@nestjs/common';

/** The `reception` bounded context. */
@Module({})
export class ReceptionModule {}
