import { expect, type Page } from '@playwright/test';

/** Every demo account shares this password (shown on the demo sign-in page). */
export const DEMO_PASSWORD = 'TiepDan@2026';

/** Signs in on the sign-in page (opened unless the browser is already on it, so a returnUrl is kept). */
export async function signIn(page: Page, username: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
