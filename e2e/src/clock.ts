import { expect, type APIRequestContext } from '@playwright/test';

/** Moves the app's testing clock (TESTING_CLOCK is on in the e2e server) to an instant a journey needs. */
export async function setServerClock(
  request: APIRequestContext,
  at: string,
): Promise<void> {
  const res = await request.post('/api/testing/clock', { data: { at } });
  expect(res.ok(), await res.text()).toBe(true);
}

/** Puts the app's clock back to real time, so journeys that run later see the same "today" as the browser. */
export const restoreServerClock = (request: APIRequestContext): Promise<void> =>
  setServerClock(request, new Date().toISOString());
