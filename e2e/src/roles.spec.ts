import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_OUTPUT } from '../playwright.config';
import { signIn } from './sign-in';

const ALL = [
  'Bàn tiếp công dân',
  'Hộp việc cơ quan',
  'Tổng quan lãnh đạo',
  'Đối thoại',
  'Tổ dân vận',
  'Khối dân vận',
  'Quản trị',
  'Tra cứu hồ sơ',
];

/** Each demo role sees the screens it works on, and no other (the API enforces the same scopes). */
const ROLES: [username: string, screens: string[]][] = [
  ['quantri', ['Quản trị', 'Tra cứu hồ sơ']],
  ['tiepdan.anphu', ['Bàn tiếp công dân', 'Đối thoại', 'Tra cứu hồ sơ']],
  [
    'lanhdao.anphu',
    ['Bàn tiếp công dân', 'Hộp việc cơ quan', 'Tổng quan lãnh đạo', 'Đối thoại', 'Tổ dân vận', 'Khối dân vận', 'Tra cứu hồ sơ'],
  ],
  ['chuyenvien.diachinh', ['Hộp việc cơ quan', 'Đối thoại', 'Tra cứu hồ sơ']],
  ['truong.diachinh', ['Hộp việc cơ quan', 'Đối thoại', 'Khối dân vận', 'Tra cứu hồ sơ']],
  ['thanhtra.tinh', ['Tổng quan lãnh đạo', 'Khối dân vận', 'Tra cứu hồ sơ']],
  ['totruong.to3', ['Tổ dân vận', 'Tra cứu hồ sơ']],
];

for (const [username, screens] of ROLES) {
  test(`${username} signs in and sees the navigation of the role`, async ({ page }) => {
    await signIn(page, username);
    await expect(page.getByTestId('page-title')).toHaveText('Tiếp Dân');
    await expect(page.getByTestId('login-error')).toHaveCount(0);
    const nav = page.getByRole('navigation');
    for (const screen of ALL) {
      if (screens.includes(screen)) await expect(nav).toContainText(screen);
      else await expect(nav).not.toContainText(screen);
    }
    await page.screenshot({
      path: join(E2E_OUTPUT, 'screenshots', `nav-${username}.png`),
    });
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('navigation')).toHaveText('Tra cứu hồ sơ');
  });
}

test('a role cannot open a screen of another role by its address', async ({ page }) => {
  await signIn(page, 'chuyenvien.diachinh');
  await page.goto('/admin');
  await expect(page).not.toHaveURL(/\/admin/);
});
