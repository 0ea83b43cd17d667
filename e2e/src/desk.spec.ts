import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ReceptionTodayDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { apiAuth } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `desk-${name}.png`);

/** Monday 7 June 2027, 08:30 in Vietnam; and a Sunday three weeks on. June 2027 is this file's own. */
const MONDAY = '2027-06-07T01:30:00.000Z';
const SUNDAY_LATER = '2027-06-27T03:00:00.000Z';
/** Monday 14 June 2027, 08:30 in Vietnam. */
const SECOND_MONDAY = '2027-06-14T01:30:00.000Z';

async function fillVisit(page: Page, name: string, idNumber: string, summary: string): Promise<void> {
  await page.getByTestId('visit-name').fill(name);
  await page.getByTestId('visit-id-number').fill(idNumber);
  await page.getByTestId('visit-phone').fill('0912' + idNumber.slice(-6));
  await page.getByTestId('matter-type-0').selectOption('proposal');
  await page.getByTestId('matter-summary-0').fill(summary);
}

/** The `data-testid` of the element that has the focus, or of its nearest ancestor that has one. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

test.afterAll(async ({ request }) => {
  // Whatever the journeys left open on their days is closed, so the desk of the next file starts clean.
  const officer = await apiAuth(request, 'tiepdan.anphu');
  const today = (await (await request.get('/api/reception/today', { headers: officer })).json()) as ReceptionTodayDto;
  for (const open of [today.openSession, today.staleSession])
    if (open)
      await request.post(`/api/reception/sessions/${open.id}/close`, {
        headers: officer,
      });
  await restoreServerClock(request);
});

test('a session left open: a visit on a later day is refused into it, the old one closed, today’s offered', async ({ page, request }) => {
  test.setTimeout(120_000);
  await setServerClock(request, MONDAY);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'tiepdan.anphu');
  await page.goto('/reception');
  await page.getByTestId('open-session').click();
  await expect(page.getByTestId('session-title')).toHaveText('Buổi tiếp 07/06/2027');
  await fillVisit(page, 'Trịnh Văn Sớm', '001077000101', 'Đề nghị lắp đèn đường ngõ 4 tổ dân phố 1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('visit-saved')).toContainText('Đã ghi lượt tiếp số 1');

  const oldSessionId = (
    (await (
      await request.get('/api/reception/today', {
        headers: await apiAuth(request, 'tiepdan.anphu'),
      })
    ).json()) as ReceptionTodayDto
  ).openSession?.id;
  expect(oldSessionId).toBeTruthy();

  // Nobody closed it. Three weeks later, on a Sunday, the officer signs in again: a visit sent into the old session
  // (a form left open, a script) is refused and says why.
  await setServerClock(request, SUNDAY_LATER);
  const refused = await request.post(`/api/reception/sessions/${oldSessionId}/visits`, {
    headers: await apiAuth(request, 'tiepdan.anphu'),
    data: {
      citizen: { fullName: 'Lê Thị Muộn', idNumber: '001077000102' },
      contents: [
        {
          contentType: 'proposal',
          category: 'environment',
          summary: 'Đề nghị nạo vét mương thoát nước tổ 2',
        },
      ],
    },
  });
  expect(refused.status()).toBe(409);
  const problem = (await refused.json()) as { message: { vi: string } };
  expect(problem.message.vi).toContain('Buổi tiếp này là của ngày 07/06/2027');
  expect(problem.message.vi).toContain('27/06/2027');
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.goto('/login');
  await signIn(page, 'tiepdan.anphu');
  await page.goto('/reception');

  // The desk shows no session to log into: the old one to close, and the next reception day.
  const stale = page.getByTestId('stale-session');
  await expect(stale).toContainText('Buổi tiếp ngày 07/06/2027 chưa kết thúc');
  await expect(stale).toContainText('1 lượt tiếp');
  await expect(page.getByTestId('visit-form')).toHaveCount(0);
  await expect(page.getByTestId('reception-day')).toContainText('Buổi tiếp định kỳ tới: 28/06/2027');
  await expect(page.getByTestId('open-regular')).toBeDisabled();
  await page.screenshot({ path: shot('stale-1366'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shot('stale-390'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Closed late, its unresolved case goes to the next session ahead, not to a day gone by.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('close-stale-session').click();
  await expect(page.getByTestId('carry-over')).toContainText('Chuyển sang buổi tiếp 28/06/2027');
  await expect(page.getByTestId('carry-over-list')).toContainText('Đề nghị lắp đèn đường ngõ 4');
  await expect(stale).toHaveCount(0);

  // Today's matter is logged at an ad-hoc session of today.
  await page.getByTestId('ad-hoc-reason').fill('Công dân đến ngoài ngày tiếp định kỳ');
  await page.getByTestId('open-ad-hoc').click();
  await expect(page.getByTestId('session-title')).toContainText('27/06/2027');
  await fillVisit(page, 'Lê Thị Muộn', '001077000102', 'Đề nghị nạo vét mương thoát nước tổ 2');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('visit-saved')).toContainText('Đã ghi lượt tiếp số 1');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('close-session').click();
  await expect(page.getByTestId('carry-over')).toBeVisible();
});

test('the visit form: every field by Tab, errors under their fields in both languages, a repeat marked, papers printed', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await setServerClock(request, SECOND_MONDAY);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'lanhdao.anphu');
  await page.goto('/reception');
  await page.getByTestId('open-session').click();
  await expect(page.getByTestId('session-title')).toHaveText('Buổi tiếp 14/06/2027');
  await expect(page.getByTestId('visit-name')).toBeFocused();

  // Tab goes through every field of the form in the order the officer hears them, the details box included.
  const order: (string | null)[] = [];
  for (let i = 0; i < 16; i++) {
    order.push(await focusedTestId(page));
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual([
    'visit-name',
    'visit-id-number',
    'visit-phone',
    'matter-type-0',
    'matter-category-0',
    'matter-summary-0',
    'matter-content-0',
    'add-matter',
    'visit-form', // the "Thông tin thêm" summary of the optional part
    'visit-address',
    'visit-neighbourhood',
    'visit-previously-handled',
    'visit-group-size',
    'visit-refuse',
    'visit-files',
    'visit-save',
  ]);

  // An empty save: each error under its field, in the users' words, the first field focused; then in English.
  await page.getByTestId('visit-name').focus();
  await page.keyboard.press('Control+Enter');
  const nameField = page.locator('mat-form-field', {
    has: page.getByTestId('visit-name'),
  });
  const summaryField = page.locator('mat-form-field', {
    has: page.getByTestId('matter-summary-0'),
  });
  await expect(nameField.locator('mat-error')).toHaveText('Họ và tên: chưa nhập.');
  await expect(summaryField.locator('mat-error')).toHaveText('Nội dung 1 · Tóm tắt nội dung: chưa nhập.');
  await expect(page.getByTestId('visit-name')).toBeFocused();
  await expect(page.getByTestId('visit-error')).not.toContainText('citizen.');
  await page.screenshot({ path: shot('errors-vi-1366'), fullPage: true });
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('lang-en').click();
  await page.keyboard.press('Control+Enter');
  await expect(nameField.locator('mat-error')).toHaveText('Full name: missing.');
  await expect(summaryField.locator('mat-error')).toHaveText('Matter 1 · Summary: missing.');
  await expect(page.getByTestId('visit-error')).toContainText('Please check: Full name, Matter 1 · Summary');
  await expect(page.getByTestId('visit-error')).not.toContainText('contents.0');
  await page.screenshot({ path: shot('errors-en-1366'), fullPage: true });
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('lang-vi').click();

  // A first visit, then the same citizen again: the duplicate is marked a repeat, in the list and in the register.
  await fillVisit(page, 'Phan Văn Lặp', '001077000201', 'Đề nghị sửa cống thoát nước trước nhà số 9');
  await page.keyboard.press('Control+Enter');
  const saved = page.getByTestId('visit-saved');
  await expect(saved).toContainText('Đã ghi lượt tiếp số 1');
  const first = ((await saved.textContent()) ?? '').match(/TD-\d{4}-\d{6}/)?.[0] ?? '';
  expect(first).not.toBe('');
  // The confirmation is at the top of the form, next to the name field that has the focus for the next citizen.
  await expect(page.getByTestId('visit-name')).toBeFocused();
  const [savedBox, nameBox] = [await saved.boundingBox(), await page.getByTestId('visit-name').boundingBox()];
  expect(savedBox && nameBox && savedBox.y < nameBox.y).toBe(true);
  expect(savedBox && savedBox.y + savedBox.height < 768).toBe(true);

  // Printed at once: Alt+P puts the receipt in the print frame.
  await page.keyboard.press('Alt+P');
  await expect(page.getByTestId('receipt-print-frame')).toHaveAttribute('src', /^blob:/);

  await fillVisit(page, 'Phan Văn Lặp', '001077000201', 'Cống thoát nước trước nhà số 9 vẫn chưa sửa');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText(first);
  await warning.getByRole('button', { name: 'Ghi là vụ việc lặp lại' }).click();
  await expect(page.getByTestId('duplicate-linked')).toContainText(first);
  await page.getByTestId('visit-save').click();
  await expect(saved).toContainText('Đã ghi lượt tiếp số 2');
  const second = ((await saved.textContent()) ?? '').match(/TD-\d{4}-\d{6}/)?.[0] ?? '';
  const repeatLine = page.getByTestId(`case-${second}`);
  await expect(repeatLine.getByTestId('repeat-marker')).toHaveText(`Đến nhiều lần · lặp lại ${first}`);

  // The direction is said back and waits for confirmation; Esc goes back without recording anything.
  const direct = page.getByTestId(`direction-${first}`);
  await direct.getByTestId('direction-kind').selectOption('assign');
  const options = await direct.getByTestId('direction-agency').locator('option').allTextContents();
  // The commune's own units first (never the commune itself), then the province's departments.
  expect(options[1]).toMatch(/phường An Phú$/);
  expect(options).not.toContain('UBND phường An Phú');
  const lastUnit = options.map((o) => o.endsWith('phường An Phú')).lastIndexOf(true);
  expect(options.findIndex((o) => o.startsWith('Sở '))).toBeGreaterThan(lastUnit);
  await direct.getByTestId('direction-agency').selectOption({ label: 'Công chức Địa chính – Xây dựng phường An Phú' });
  await direct.getByTestId('direction-save').click();
  await expect(direct.getByTestId('direction-confirm')).toContainText(`${first}: Giao Công chức Địa chính – Xây dựng phường An Phú`);
  await expect(direct.getByTestId('direction-confirm-yes')).toBeFocused();
  await page.screenshot({
    path: shot('direction-confirm-1366'),
    fullPage: true,
  });
  await page.keyboard.press('Escape');
  await expect(direct.getByTestId('direction-confirm')).toHaveCount(0);
  await expect(page.getByTestId(`case-${first}`).getByTestId('case-state')).toHaveText('Đã ghi sổ tiếp dân');
  await direct.getByTestId('direction-save').click();
  await direct.getByTestId('direction-confirm-yes').click();
  await expect(page.getByTestId(`case-${first}`).getByTestId('case-direction')).toContainText(
    'Công chức Địa chính – Xây dựng phường An Phú',
  );

  // A refused visit: the written notice is printed from the confirmation and from the list.
  await page.getByTestId('visit-name').fill('Đỗ Văn Say');
  await page.getByTestId('visit-refuse').click();
  await page.getByTestId('visit-refusal-reason').selectOption('intoxicated');
  await page.getByTestId('visit-save').click();
  await expect(saved).toContainText('Đã ghi việc từ chối tiếp (lượt 3)');
  await expect(page.getByTestId('visit-saved-print')).toContainText('In thông báo từ chối');
  await page.getByTestId('visit-3').getByTestId('print-refusal-notice').click();
  await expect(page.getByTestId('receipt-print-frame')).toHaveAttribute('src', /^blob:/);
  await expect(page.getByTestId('desk-error')).toHaveCount(0);
  await page.screenshot({ path: shot('desk-1366'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shot('desk-390'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // The register's note column marks the repeat with the case it repeats.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-register').click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  const cells = book.worksheets.flatMap((s) => s.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map(String) : [])));
  expect(cells.some((c) => c.includes(`Đến nhiều lần: lặp lại vụ việc ${first}`))).toBe(true);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('close-session').click();
  await expect(page.getByTestId('carry-over')).toBeVisible();
});
