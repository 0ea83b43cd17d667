import { Injectable, signal } from '@angular/core';

/**
 * The server's time as this browser sees it: day counts ("2 days left", "overdue 1 day") follow the server, not a
 * commune PC whose clock is wrong. Learned from `/api/health` (which every screen polls), as an offset to the device.
 */
@Injectable({ providedIn: 'root' })
export class ServerClock {
  private readonly offset = signal(0);

  /** The server's instant now (the device's clock corrected by the last offset seen). */
  now(): Date {
    return new Date(Date.now() + this.offset());
  }

  /** Takes the server's time from an answer; a half round trip of error is well inside a day's counting. */
  learn(serverTime: string): void {
    const at = Date.parse(serverTime);
    if (Number.isFinite(at)) this.offset.set(at - Date.now());
  }
}
