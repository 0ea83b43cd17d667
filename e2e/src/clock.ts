import { expect, type APIRequestContext } from '@playwright/test';
import { apiAuth } from './case-fixtures';

/** Only an administrator may move the testing clock: the journeys sign in as the demo administrator to do it. */
const CLOCK_ADMIN = 'quantri';

/** Moves the app's testing clock (TESTING_CLOCK is on in the e2e server) to an instant a journey needs. */
export async function setServerClock(request: APIRequestContext, at: string): Promise<void> {
  const headers = await apiAuth(request, CLOCK_ADMIN);
  const res = await request.post('/api/testing/clock', {
    data: { at },
    headers,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** Puts the app's clock back to real time, so journeys that run later see the same "today" as the browser. */
export const restoreServerClock = (request: APIRequestContext): Promise<void> => setServerClock(request, new Date().toISOString());
