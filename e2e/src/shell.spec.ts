import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_OUTPUT } from '../playwright.config';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

test('the shell opens in Vietnamese, switches to English and remembers it', async ({ page }) => {
  await signIn(page, 'tiepdan.anphu');
  await page.goto('/');
  await expect(page.getByTestId('page-title')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('navigation')).toContainText('Bàn tiếp công dân');
  await expect(page.getByTestId('health-status')).toContainText(/hoạt động/i);

  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('lang-en')).toBeVisible();
  await expectAccessible(page, 'the language menu open');
  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation')).toContainText('Reception desk');

  await expect(page.getByTestId('lang-en')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('navigation')).toContainText('Reception desk');
  await expectAccessible(page, 'the home screen in English');
  await page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', 'shell-en.png'),
    fullPage: true,
  });

  await page.getByTestId('lang-switch').click();
  await page.getByTestId('lang-vi').click();
  await expect(page.getByRole('navigation')).toContainText('Bàn tiếp công dân');
  await expect(page.getByTestId('lang-en')).toBeHidden();
  await page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', 'shell-vi.png'),
    fullPage: true,
  });
});

test('a client-side route loads directly from the server, and asks a visitor to sign in first', async ({ page }) => {
  const response = await page.goto('/overview');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Foverview/);
  await expect(page.getByTestId('page-title')).toHaveText('Đăng nhập');
  await signIn(page, 'lanhdao.anphu');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByTestId('page-title')).toHaveText('Tổng quan lãnh đạo');
});

test('a wrong password is refused with a message in Vietnamese', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('tiepdan.anphu');
  await page.getByTestId('login-password').fill('SaiMatKhau123');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
  // The refusal is tied to the fields and the password is ready to be typed again.
  await expect(page.getByTestId('login-password')).toBeFocused();
  await expect(page.getByTestId('login-password')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'a refused sign-in');
});

test('the API answers beside the app', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({
    status: 'ok',
    database: { status: 'up', mode: 'embedded' },
  });
});
