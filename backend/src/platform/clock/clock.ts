import { AsyncLocalStorage } from 'node:async_hooks';

/** The instant fixed by the innermost `Clock.runAt` around the current async call chain, if any. */
const fixedInstant = new AsyncLocalStorage<number>();

/** The only way backend code reads the time, so tests can control it. */
export abstract class Clock {
  /**
   * Runs `work` as if it were `at`: every `now()` of every clock, in `work` and in everything it awaits, returns `at`
   * (time stands still inside). The demo loader replays weeks of history through the real services this way. Outside
   * the call nothing changes; timers or listeners created inside carry the instant with them, so `work` creates none.
   */
  static runAt<T>(at: Date, work: () => Promise<T>): Promise<T> {
    const instant = at.getTime();
    if (Number.isNaN(instant)) throw new RangeError('Clock.runAt needs a valid instant');
    return fixedInstant.run(instant, work);
  }

  now(): Date {
    const fixed = fixedInstant.getStore();
    return fixed === undefined ? this.read() : new Date(fixed);
  }

  /** This clock's own time, used outside `runAt`. */
  protected abstract read(): Date;
}

export class SystemClock extends Clock {
  protected read(): Date {
    return new Date();
  }
}

/** A clock that stands still until a test moves it. */
export class ManualClock extends Clock {
  constructor(private current: Date = new Date('2026-03-02T02:00:00.000Z')) {
    super();
  }

  protected read(): Date {
    return new Date(this.current.getTime());
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * Real time shifted by an offset that tests move (`POST /api/testing/clock`): time keeps flowing, so timers and
 * token expiry behave as in production, but a journey can jump to the day a deadline passes.
 */
export class ShiftableClock extends Clock {
  private offsetMs: number;

  constructor(startAt?: Date) {
    super();
    this.offsetMs = startAt ? startAt.getTime() - Date.now() : 0;
  }

  protected read(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
