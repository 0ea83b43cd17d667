import type { SchedulerRegistry } from '@nestjs/schedule';
import type { NotificationsService } from '../notifications/notifications.service';
import { ManualClock } from '../platform/clock/clock';
import type { AppConfig } from '../platform/config/app-config';
import type { CaseEngine } from './case-engine';
import { DeadlineSweeper } from './deadline-sweeper';

describe('DeadlineSweeper.holdWhile', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps the periodic sweep off while the work runs, and lets it run again afterwards', async () => {
    const transaction = jest.fn().mockResolvedValue(0);
    const engine = { db: { transaction } } as unknown as CaseEngine;
    const notifications = { dispatchOnce: jest.fn().mockResolvedValue(0) } as unknown as NotificationsService;
    const registry = { addInterval: jest.fn() } as unknown as SchedulerRegistry;
    const sweeper = new DeadlineSweeper(engine, new ManualClock(), notifications, registry, { schedulerEnabled: true } as AppConfig);
    sweeper.onApplicationBootstrap();

    await sweeper.holdWhile(async () => {
      await jest.advanceTimersByTimeAsync(10_000);
      expect(transaction).not.toHaveBeenCalled();
    });
    await jest.advanceTimersByTimeAsync(2_000);
    expect(transaction).toHaveBeenCalled();
    clearInterval((registry.addInterval as jest.Mock).mock.calls[0][1] as NodeJS.Timeout);
  });
});
