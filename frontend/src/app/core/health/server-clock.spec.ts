import { TestBed } from '@angular/core/testing';
import { NOW } from '../../shared/ui/due-badge';
import { ServerClock } from './server-clock';

describe('ServerClock', () => {
  it('counts from the server’s time once it has seen it, whatever the device’s clock says', () => {
    const clock = TestBed.inject(ServerClock);
    const now = TestBed.inject(NOW);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
    // The server is three days ahead of this PC.
    clock.learn(new Date(Date.now() + 3 * 86_400_000).toISOString());
    expect(Math.round((now().getTime() - Date.now()) / 86_400_000)).toBe(3);
    clock.learn('not a date');
    expect(Math.round((now().getTime() - Date.now()) / 86_400_000)).toBe(3);
  });
});
