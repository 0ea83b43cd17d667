import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_OUTPUT } from '../playwright.config';
import { agencyByCode, apiAuth, createCase, openAction, screenshotWhole, submitAction, switchUser, vietnamDatePlus } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);

test.afterAll(async ({ request }) => {
  await restoreServerClock(request);
});

test('a complaint goes from the agency inbox to closed: verification, dialogue, an extension, the decision', async ({ page, request }) => {
  test.setTimeout(180_000);
  const admin = await apiAuth(request, 'quantri');
  const landOffice = await agencyByCode(request, admin, 'AP-DC');
  const complaint = await createCase(request, 'tiepdan.anphu', {
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary: 'Khiếu nại quyết định thu hồi đất thửa 215 tờ bản đồ số 7',
    content: 'Ông Bình không đồng ý với giá bồi thường và diện tích đất bị thu hồi.',
    leadAgencyId: landOffice.id,
    petitioner: {
      fullName: 'Nguyễn Văn Bình',
      idNumber: '001200067890',
      phone: '0912345678',
      address: 'Tổ dân phố 3, phường An Phú',
    },
  });

  // The handler finds it among the new assignments, the most urgent first, with the days left said plainly.
  await signIn(page, 'chuyenvien.diachinh');
  await page.goto('/inbox');
  await expect(page.getByTestId('page-title')).toHaveText('Hộp việc cơ quan');
  const row = page.locator(`tr[data-case="${complaint.code}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('due-badge')).toContainText(/Trong hạn\s+·\s+còn \d+ ngày/);
  await expect(page.locator('[data-count="new"]')).not.toHaveText('0');
  await page.getByTestId('inbox-search').fill('thửa 215');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-count="new"]')).toHaveText('1');
  await expect(page.getByTestId('inbox-count')).toHaveText('Đang hiển thị 1 hồ sơ.');
  await expectAccessible(page, 'the inbox after a search');
  await screenshotWhole(page, shot('inbox'));

  await row.getByRole('link', { name: complaint.code }).click();
  await expect(page.getByTestId('case-code')).toHaveText(complaint.code);
  await expect(page.getByTestId('case-state')).toHaveText('Chờ thụ lý');
  await expect(page.getByTestId('why-this-date')).toContainText('Căn cứ pháp lý');

  // Take the case and accept it: the accepting agency is prefilled with the case's own.
  await page.getByTestId('claim').click();
  await expect(page.getByTestId('assignee')).toHaveText('Lê Văn Hùng');
  const accept = await openAction(page, 'TRIAGE_ACCEPT');
  await expect(accept.locator('[data-field="agencyId"]')).toContainText(landOffice.name);
  await submitAction(page, 'Đang xác minh');

  // Verification: the findings, and a file of notes.
  await page.getByTestId('attachment-input').setInputFiles({
    name: 'bien-ban-xac-minh.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Biên bản xác minh hiện trạng thửa đất 215'),
  });
  await expect(page.getByTestId('attachments')).toContainText('bien-ban-xac-minh.txt');
  const verify = await openAction(page, 'RECORD_VERIFICATION');
  await verify.locator('[data-field="findings"]').fill('Diện tích thu hồi đúng hồ sơ địa chính; giá bồi thường theo bảng giá 2026.');
  await submitAction(page, 'Đã xác minh');

  // The dialogue: the form refuses a date with less than 5 days of notice before asking the server.
  const schedule = await openAction(page, 'SCHEDULE_DIALOGUE');
  await expect(schedule).toContainText('ít nhất 5 ngày');
  await schedule.locator('[data-field="date"]').fill(vietnamDatePlus(2));
  await schedule.locator('[data-field="place"]').fill('Hội trường UBND phường An Phú');
  await schedule.locator('[data-field="participants"]').fill('Nguyễn Văn Bình\nPhạm Thị Hoa\nLê Văn Hùng');
  await page.getByTestId('event-submit').click();
  await expect(schedule).toContainText('Chưa đủ 5 ngày');
  await expect(schedule.locator('[data-field="date"]')).toBeFocused();
  await expectAccessible(page, 'an action form with an error');
  await schedule.locator('[data-field="date"]').fill(vietnamDatePlus(6));
  await submitAction(page, 'Đã lên lịch đối thoại');
  // Minutes are taken on the dialogue's day, not before (screens.spec.ts shows the refusal): the clock moves there.
  await setServerClock(request, `${vietnamDatePlus(6)}T02:00:00.000Z`);
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(`/cases/${complaint.id}`);
  const minutes = await openAction(page, 'RECORD_DIALOGUE_MINUTES');
  await minutes.locator('[data-field="minutes"]').fill('Ông Bình giữ nguyên yêu cầu; cơ quan giải thích căn cứ giá đất.');
  await submitAction(page, 'Đã đối thoại');

  // An extension for a complex case, which the head approves: the due date moves and "why this date" says why.
  const dueBefore = await page.getByTestId('case-due').innerText();
  const extension = await openAction(page, 'REQUEST_EXTENSION');
  await extension.locator('[data-field="reason"]').fill('Vụ việc phức tạp: liên quan nhiều hộ, cần đo đạc lại.');
  await page.getByTestId('event-submit').click();
  await expect(page.getByTestId('case-banner')).toContainText('Đề nghị gia hạn');

  await switchUser(page, 'truong.diachinh');
  await page.goto(`/cases/${complaint.id}`);
  await expect(page.getByTestId('history')).toContainText('Vụ việc phức tạp: liên quan nhiều hộ');
  await openAction(page, 'APPROVE_EXTENSION');
  await page.getByTestId('event-submit').click();
  await expect(page.getByTestId('case-banner')).toContainText('Duyệt gia hạn');
  await expect(page.getByTestId('case-due')).not.toHaveText(dueBefore);
  await expect(page.getByTestId('why-this-date')).toContainText('vụ việc phức tạp');

  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(`/cases/${complaint.id}`);
  const propose = await openAction(page, 'PROPOSE_DECISION');
  await propose
    .locator('[data-field="summary"]')
    .fill('Giữ nguyên quyết định thu hồi đất; điều chỉnh đơn giá bồi thường tài sản trên đất.');
  await propose.locator('[data-field="outcome"]').click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectAccessible(page, 'a select panel open in an action form');
  await page.getByRole('option', { name: 'Đúng một phần' }).click();
  await submitAction(page, 'Chờ phê duyệt quyết định');

  // The ward chairman signs the decision (Luật Khiếu nại 2011 Art. 17–18); the land office head does not.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto('/inbox?tab=awaiting_approval');
  await expect(page.locator(`tr[data-case="${complaint.code}"]`)).toBeVisible();
  await page.locator(`tr[data-case="${complaint.code}"]`).getByRole('link').click();
  const approve = await openAction(page, 'APPROVE');
  await approve.locator('[data-field="documentNo"]').fill('125/QĐ-UBND');
  await submitAction(page, 'Đã ban hành quyết định, chờ gửi');

  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(`/cases/${complaint.id}`);
  await openAction(page, 'NOTIFY_PARTIES');
  await submitAction(page, 'Đã gửi quyết định');
  await openAction(page, 'CLOSE');
  await submitAction(page, 'Đã đóng');
  await expect(page.getByTestId('actions')).toContainText('không có thao tác nào');
  await expect(page.getByTestId('history')).toContainText('Gửi quyết định cho các bên');
  await expect(page.locator('[data-status="current"]')).toHaveAttribute('data-state', 'closed');
  await expectAccessible(page, 'a closed case');
  await screenshotWhole(page, shot('case-page'));

  await page.goto('/inbox?tab=closed');
  await expect(page.locator(`tr[data-case="${complaint.code}"]`)).toBeVisible();
});
