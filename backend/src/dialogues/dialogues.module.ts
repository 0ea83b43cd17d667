import { Module } from '@nestjs/common';

/** The `dialogues` bounded context. */
@Module({})
export class DialoguesModule {}
