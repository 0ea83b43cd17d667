import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { AgencyDto, CaseDetailDto, CreateCaseRequest, TokenResponse } from '@tiep-dan/contracts';
import { DEMO_PASSWORD, freshAddress, signIn } from './sign-in';

/** Signs a demo account in through the API and returns its bearer header (for setting up a journey). */
export async function apiAuth(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const res = await request.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
    headers: { 'X-Forwarded-For': freshAddress() },
  });
  expect(res.status()).toBe(200);
  const tokens = (await res.json()) as TokenResponse;
  return { Authorization: `Bearer ${tokens.accessToken}` };
}

export async function agencyByCode(request: APIRequestContext, headers: Record<string, string>, code: string): Promise<AgencyDto> {
  const agencies = (await (await request.get('/api/agencies', { headers })).json()) as AgencyDto[];
  const agency = agencies.find((a) => a.code === code);
  if (!agency) throw new Error(`no agency ${code}`);
  return agency;
}

/** Logs a letter the way the reception officer does, through the API. */
export async function createCase(request: APIRequestContext, username: string, body: CreateCaseRequest): Promise<CaseDetailDto> {
  const res = await request.post('/api/cases', {
    headers: await apiAuth(request, username),
    data: body,
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as CaseDetailDto;
}

/** Signs the current user out and another one in. */
export async function switchUser(page: Page, username: string): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, username);
}

/** Clicks an action of the case page, fills nothing, and returns its generated form. */
export async function openAction(page: Page, type: string) {
  await page.locator(`[data-action="${type}"]`).click();
  const form = page.locator(`form[data-event="${type}"]`);
  await expect(form).toBeVisible();
  return form;
}

/** Submits the open action form and waits for the case to move to `state` (its label). */
export async function submitAction(page: Page, state: string): Promise<void> {
  await page.getByTestId('event-submit').click();
  await expect(page.getByTestId('case-banner')).toContainText('Đã ghi nhận');
  await expect(page.getByTestId('case-state')).toHaveText(state);
}

/** A screenshot of the whole screen: the shell scrolls inside, so the window grows to the content first. */
export async function screenshotWhole(page: Page, path: string): Promise<void> {
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('*'), (e) => e.scrollHeight)));
  await page.setViewportSize({
    width: 1366,
    height: Math.min(Math.max(height + 80, 768), 6000),
  });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The Vietnam civil date `days` from now, YYYY-MM-DD. */
export function vietnamDatePlus(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
