import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ReceptionTodayDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { expectAccessible } from './axe';
import { apiAuth } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { DEMO_PASSWORD, freshAddress } from './sign-in';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `keyboard-${name}.png`);

/** Monday 22 February 2027, 08:30 in Vietnam: a reception day of its own (the other journeys use other Mondays). */
const MONDAY = '2027-02-22T01:30:00.000Z';

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, and fails if it is not reached within `max`
 * presses (or is skipped over: not in the tab order).
 */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  throw new Error(`${String(target)} not reached with ${max} Tabs; focus is on ${focused}`);
}

test.afterAll(async ({ request }) => {
  // Close the session the journey opened, so the desk of the next journey starts from its own day.
  const leader = await apiAuth(request, 'lanhdao.anphu');
  const today = (await (await request.get('/api/reception/today', { headers: leader })).json()) as ReceptionTodayDto;
  if (today.openSession) await request.post(`/api/reception/sessions/${today.openSession.id}/close`, { headers: leader });
  await restoreServerClock(request);
});

test('keyboard only: sign in, the desk, a visit, an action on its case, and the public lookup', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await setServerClock(request, MONDAY);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': freshAddress() });

  // The skip link is the first stop, and it stays on the page: the focus goes to the main content.
  await page.goto('/login');
  await expect(page.getByTestId('page-title')).toHaveText('Đăng nhập');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.screenshot({ path: shot('skip-link') });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expect(page).toHaveURL(/\/login$/);

  // Sign in: an empty submit says what is missing and stays in the field; then the heading of the home screen.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('login-username')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('login-username')).toBeFocused();
  await expect(page.getByTestId('login-username')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('lanhdao.anphu');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('login-password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-title')).toHaveText('Tiếp Dân');
  await expect(page.getByTestId('page-title')).toBeFocused();

  // The desk, from its card on the home screen; the new screen's heading takes the focus.
  const deskCard = page.locator('main a[href="/reception"]');
  await tabTo(page, deskCard);
  await page.screenshot({ path: shot('home-card') });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reception$/);
  await expect(page.getByTestId('page-title')).toHaveText('Bàn tiếp công dân');
  await expect(page.getByTestId('page-title')).toBeFocused();

  // Open today's session: the visit form's first field takes the focus.
  await tabTo(page, page.getByTestId('open-session'));
  await page.screenshot({ path: shot('open-session') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('session-title')).toHaveText('Buổi tiếp 22/02/2027');
  await expect(page.getByTestId('visit-name')).toBeFocused();

  // A visit without its summary is refused; the summary, by its label, is marked and focused.
  await page.keyboard.type('Hoàng Thị Mai');
  await page.keyboard.press('Tab');
  await page.keyboard.type('001200098765');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0988777666');
  await page.keyboard.press('Control+Enter');
  const summary = page.getByTestId('matter-summary-0');
  await expect(page.getByTestId('visit-error')).toContainText('Nội dung 1 · Tóm tắt nội dung');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Đề nghị sửa đèn đường ngõ 12 tổ dân phố 3');
  await page.keyboard.press('Control+Enter');
  const saved = page.getByTestId('visit-saved');
  await expect(saved).toContainText('Đã ghi lượt tiếp số 1');
  const code = ((await saved.textContent()) ?? '').match(/TD-\d{4}-\d{6}/)?.[0];
  expect(code).toBeTruthy();
  await expect(page.getByTestId('visit-name')).toBeFocused();

  // The visit's case, from the list beside the form: its page opens on its heading.
  const caseLink = page.getByTestId(`case-${code}`).getByTestId('case-link');
  await tabTo(page, caseLink, 80);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-code')).toHaveText(code ?? '');
  await expect(page.getByTestId('page-title')).toBeFocused();
  await expect(page).toHaveTitle(`${code} · Hồ sơ · Tiếp Dân`);

  // The leader answers on the spot: the form opens in its field, refuses an empty answer, then records it.
  await tabTo(page, page.locator('[data-action="ANSWER_ON_SPOT"]'));
  await page.screenshot({ path: shot('case-action') });
  await page.keyboard.press('Enter');
  const form = page.locator('form[data-event="ANSWER_ON_SPOT"]');
  const answer = form.locator('[data-field="answer"]');
  await expect(answer).toBeFocused();
  await tabTo(page, form.getByTestId('event-submit'));
  await page.keyboard.press('Enter');
  await expect(answer).toBeFocused();
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Phường sẽ thay bóng đèn trong tuần này.');
  await tabTo(page, form.getByTestId('event-submit'));
  await page.keyboard.press('Enter');
  const banner = page.getByTestId('case-banner');
  await expect(banner).toContainText('Đã ghi nhận');
  await expect(banner).toBeFocused();
  await expectAccessible(page, 'the case page after an action (keyboard)');

  // A citizen looks the case up, signed out and from the keyboard.
  const citizenContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
  });
  const citizen = await citizenContext.newPage();
  await citizen.goto('/lookup');
  await expect(citizen.getByTestId('page-title')).toHaveText('Tra cứu hồ sơ');
  await citizen.keyboard.press('Tab');
  await expect(citizen.locator('a.skip-link')).toBeFocused();
  await citizen.keyboard.press('Tab');
  await expect(citizen.getByRole('button', { name: 'Mở/đóng danh mục' })).toBeFocused();
  await citizen.screenshot({ path: shot('phone-menu-button') });
  const lookupCode = citizen.getByTestId('lookup-code');
  await tabTo(citizen, lookupCode);
  await citizen.keyboard.press('Enter');
  await expect(lookupCode).toBeFocused();
  await expect(lookupCode).toHaveAttribute('aria-invalid', 'true');
  await citizen.keyboard.type(code ?? '');
  await citizen.keyboard.press('Tab');
  await expect(citizen.getByTestId('lookup-phone')).toBeFocused();
  await citizen.keyboard.type('7666');
  await citizen.keyboard.press('Tab');
  const submit = citizen.getByTestId('lookup-submit');
  await expect(submit).toBeFocused();
  await expect(citizen.getByTestId('lookup-phone')).not.toHaveAttribute('aria-invalid', 'true');
  await citizen.screenshot({ path: shot('phone-lookup-submit') });
  await citizen.keyboard.press('Enter');
  await expect(citizen.getByTestId('lookup-live')).toContainText('Đã trả lời công dân');
  // The button keeps the focus while the lookup runs and after (it used to drop it to <body>).
  await expect(submit).toBeFocused();
  await expectAccessible(citizen, 'the lookup result (keyboard, phone)');
  await citizenContext.close();
});
