import { Clock, ManualClock, ShiftableClock, SystemClock } from './clock';

describe('Clock', () => {
  it('system clock follows real time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('manual clock stands still until moved, and hands out copies', () => {
    const clock = new ManualClock(new Date('2026-07-01T00:00:00Z'));
    const first = clock.now();
    first.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-07-01T00:00:00.000Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-07-01T00:01:00.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('Clock.runAt', () => {
  const past = new Date('2026-01-05T01:30:00.000Z');

  it('makes every clock read the fixed instant inside the run, through awaits, and only there', async () => {
    const manual = new ManualClock(new Date('2026-07-01T00:00:00Z'));
    const system = new SystemClock();
    const shiftable = new ShiftableClock(new Date('2027-01-01T00:00:00Z'));
    const seen = await Clock.runAt(past, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const inner = await Promise.all([manual, system, shiftable].map(async (c) => c.now().toISOString()));
      return inner;
    });
    expect(seen).toEqual([past.toISOString(), past.toISOString(), past.toISOString()]);
    expect(manual.now().toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(shiftable.now().getTime()).toBeGreaterThan(new Date('2026-12-31T00:00:00Z').getTime());
  });

  it('does not leak into work running concurrently outside the run', async () => {
    const clock = new ManualClock(new Date('2026-07-01T00:00:00Z'));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inside = Clock.runAt(past, async () => {
      await gate;
      return clock.now().toISOString();
    });
    const outside = (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      const at = clock.now().toISOString();
      release();
      return at;
    })();
    expect(await outside).toBe('2026-07-01T00:00:00.000Z');
    expect(await inside).toBe(past.toISOString());
  });

  it('nests (the innermost run wins), hands out copies and refuses an invalid instant', async () => {
    const clock = new SystemClock();
    const later = new Date('2026-02-02T01:30:00.000Z');
    const [outer, inner, back] = await Clock.runAt(past, async () => {
      const a = clock.now();
      a.setFullYear(2000);
      const b = await Clock.runAt(later, async () => clock.now().toISOString());
      return [clock.now().toISOString(), b, clock.now().toISOString()];
    });
    expect([outer, inner, back]).toEqual([past.toISOString(), later.toISOString(), past.toISOString()]);
    expect(() => Clock.runAt(new Date('not a date'), async () => 1)).toThrow(RangeError);
  });
});
