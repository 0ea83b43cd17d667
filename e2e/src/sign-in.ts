import { expect, type Page } from '@playwright/test';

/** Every demo account shares this password (shown on the demo sign-in page). */
export const DEMO_PASSWORD = 'TiepDan@2026';

let addresses = 0;
/**
 * A distinct client address for each sign-in: the suite signs in far more often than the per-address login throttle
 * allows in a minute (the server trusts X-Forwarded-For from its local proxy).
 */
export function freshAddress(): string {
  addresses++;
  return `10.9.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
}

/** Signs in on the sign-in page (opened unless the browser is already on it, so a returnUrl is kept). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': freshAddress() });
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
