import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_OUTPUT } from '../playwright.config';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', `${name}.png`),
    fullPage: true,
  });

/** Picks an option of a Material select by its visible text, and waits for the panel to close. */
async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  // From the keyboard: an empty select's floating label would take a mouse click.
  await page.getByTestId(testId).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('listbox');
  await panel.getByRole('option', { name: option }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId(testId)).toContainText(option);
}

test('the administrator adds a neighbourhood and a team lead, who signs in and sees the team screen only', async ({ page }) => {
  await signIn(page, 'quantri');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/agencies$/);
  await expect(page.getByTestId('page-title')).toHaveText('Quản trị');

  // Agencies: the demo tree, then the edit form of a remote commune.
  const tree = page.getByTestId('agency-tree');
  await expect(tree).toContainText('Tỉnh Minh An');
  await expect(page.getByTestId('agency-NK')).toContainText('Vùng khó khăn');
  await page.getByTestId('agency-NK').getByRole('button', { name: 'Xã Nậm Khoa', exact: true }).click();
  await expect(page.getByTestId('agency-name')).toHaveValue('Xã Nậm Khoa');
  await shot(page, 'admin-agencies');

  // Neighbourhoods: a new tổ dân phố in An Phú.
  await page.getByTestId('admin-tab-neighbourhoods').click();
  await expect(page).toHaveURL(/\/admin\/neighbourhoods$/);
  await choose(page, 'nb-commune', 'Phường An Phú');
  await expect(page.getByTestId('nb-table')).toContainText('Tổ dân phố 3');
  await page.getByTestId('nb-new').click();
  await page.getByTestId('nb-name').fill('Tổ dân phố 12');
  await choose(page, 'nb-kind', 'Tổ dân phố');
  await page.getByTestId('nb-save').click();
  await expect(page.getByTestId('nb-table')).toContainText('Tổ dân phố 12');
  // The same name again is refused beside the field.
  await page.getByTestId('nb-new').click();
  await page.getByTestId('nb-name').fill('Tổ dân phố 12');
  await page.getByTestId('nb-save').click();
  await expect(page.getByTestId('nb-form').locator('mat-error')).toContainText('Tên đã tồn tại');
  await expect(page.getByTestId('nb-name')).toBeFocused();
  await expectAccessible(page, 'a neighbourhood refused beside its field');
  await shot(page, 'admin-neighbourhoods');

  // Users: a mobilization team lead of the new neighbourhood; a weak password is refused first.
  await page.getByTestId('admin-tab-users').click();
  await expect(page.getByTestId('user-table')).toContainText('tiepdan.anphu');
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-username').fill('totruong.to12');
  await page.getByTestId('user-fullname').fill('Đinh Văn Mười Hai');
  await page.getByTestId('user-password').fill('matkhau');
  await choose(page, 'user-role', 'Tổ trưởng tổ dân vận');
  await choose(page, 'user-agency', /Ủy ban MTTQ Việt Nam phường An Phú/);
  await choose(page, 'user-neighbourhood', 'Tổ dân phố 12');
  await page.getByTestId('user-save').click();
  await expect(page.getByTestId('user-form').locator('mat-error')).toContainText('Mật khẩu quá yếu');
  await expect(page.getByTestId('user-password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('user-password')).toBeFocused();
  await expectAccessible(page, 'a user refused beside its field');
  await page.getByTestId('user-password').fill('MatKhau2026x');
  await page.getByTestId('user-save').click();
  await expect(page.getByTestId('form-notice')).toContainText('Đã lưu');
  await page.getByTestId('user-search').fill('muoi hai');
  await expect(page.getByTestId('user-table')).toContainText('totruong.to12');
  await expect(page.getByTestId('user-count')).toContainText('1 người dùng');
  await shot(page, 'admin-users');

  // Security log: the creation is there, with who did it.
  await page.getByTestId('admin-tab-audit').click();
  await choose(page, 'audit-action', 'Tạo người dùng');
  const firstRow = page.getByTestId('audit-table').locator('tbody tr').first();
  await expect(firstRow).toContainText('Tạo người dùng');
  await expect(firstRow).toContainText('quantri');
  await expectAccessible(page, 'the security log filtered');
  await shot(page, 'admin-audit');

  // The new account works and sees only its screens.
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByTestId('login-username').fill('totruong.to12');
  await page.getByTestId('login-password').fill('MatKhau2026x');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toContainText('Đinh Văn Mười Hai');
  await expect(page.getByTestId('current-user')).toContainText('Tổ trưởng tổ dân vận');
  const nav = page.getByRole('navigation').first();
  await expect(nav).toContainText('Tổ dân vận');
  await expect(nav).toContainText('Tra cứu hồ sơ');
  for (const other of ['Quản trị', 'Bàn tiếp công dân', 'Hộp việc cơ quan', 'Tổng quan lãnh đạo'])
    await expect(nav).not.toContainText(other);
  await page.goto('/admin');
  await expect(page).not.toHaveURL(/\/admin/);
  await shot(page, 'admin-new-user-home');
});

test('the admin screens follow the language switch', async ({ page }) => {
  await signIn(page, 'quantri');
  await page.goto('/admin/users');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('admin-tab-users')).toHaveText('Users');
  await expect(page.getByTestId('user-table')).toContainText('Administrator');
  await shot(page, 'admin-users-en');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('lang-vi').click();
});
