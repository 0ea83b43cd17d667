import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module';
import { HistoryPartitionsJob } from './history-partitions.job';

/** The append-only history's monthly partitions: created ahead, default rows moved, retention applied. */
@Module({
  imports: [AccessModule],
  providers: [HistoryPartitionsJob],
  exports: [HistoryPartitionsJob],
})
export class HistoryModule {}
