import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_OUTPUT } from '../playwright.config';
import { expectAccessible } from './axe';
import { LAND_OFFICE, openLandOfficeOverdueList, overdueLandOfficeComplaint } from './overdue-fixtures';

const DEPARTMENT = 'Sở Nông nghiệp và Môi trường';

test('from the overdue list a leader gives a case to another agency; the case history names the leader and the reason', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const created = await overdueLandOfficeComplaint(request, 'Khiếu nại giấy phép san lấp ao (kiểm thử giao lại)', 'Trịnh Văn Khải');
  await openLandOfficeOverdueList(page);
  const row = page.getByTestId('drill-row').filter({ hasText: created.code });
  const open = row.getByTestId('reassign');
  await expect(open).toHaveAccessibleName(`Giao lại hồ sơ ${created.code} cho cơ quan khác chủ trì`);
  await open.click();
  const form = page.getByTestId('reassign-form');
  await expect(form).toContainText(`đang do ${LAND_OFFICE} chủ trì`);
  const picker = page.getByTestId('reassign-agency');
  await expect(picker).toBeFocused();
  // The land office leads it already: not offered.
  await expect(picker.locator('option', { hasText: LAND_OFFICE })).toHaveCount(0);

  // Nothing chosen, no reason: each field says what it needs, and the picker takes the focus back.
  await page.getByTestId('reassign-send').click();
  await expect(form.locator('mat-error')).toHaveText(['Chọn cơ quan sẽ chủ trì giải quyết.', 'Nêu lý do giao lại.']);
  await expect(picker).toBeFocused();
  await expectAccessible(page, 'the overdue list with the reassignment form');
  await page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', 'reassign-overdue-form.png'),
  });

  // By keyboard: the department, the reason, Enter on the button.
  await picker.selectOption({ label: DEPARTMENT });
  const reason = 'Giấy phép san lấp do Sở cấp: giao Sở xem xét, giải quyết.';
  await page.getByTestId('reassign-reason').fill(reason);
  await page.getByTestId('reassign-send').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('drill-notice')).toContainText(`Đã giao hồ sơ ${created.code} cho ${DEPARTMENT} chủ trì.`);
  await expect(form).toHaveCount(0);
  await expect(row.locator('td').nth(2)).toHaveText(DEPARTMENT);
  await expect(row.getByTestId('reassigned')).toHaveText(`Đã giao lại cho ${DEPARTMENT}`);
  // Still overdue: the deadline runs from receipt and does not restart.
  await expect(row).toContainText('Quá hạn');
  await expect(open).toBeFocused();
  // The list is still the land office's overdue list, as it was read.
  await expect(page.getByTestId('drill-filters')).toContainText(LAND_OFFICE);
  await page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', 'reassign-overdue-done.png'),
  });

  // The case page: the history says who gave it to whom, when and why.
  await row.getByRole('link', { name: created.code }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${created.id}`));
  const entry = page.getByTestId('history').locator('li').first();
  await expect(entry).toContainText('Giao lại cơ quan chủ trì');
  await expect(entry).toContainText('Trần Văn Minh');
  await expect(entry).toContainText('Lãnh đạo');
  await expect(entry).toContainText(reason);
  await expect(entry).toContainText(LAND_OFFICE);
  await expect(entry).toContainText(DEPARTMENT);
  await expect(entry).not.toContainText('lanhdao.anphu');
  await expect(entry.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
});
