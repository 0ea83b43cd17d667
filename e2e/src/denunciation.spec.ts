import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { CaseAssignmentDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { agencyByCode, apiAuth, createCase, openAction, screenshotWhole, submitAction, switchUser } from './case-fixtures';
import { signIn } from './sign-in';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);

test('a denunciation of the police is handled by the land office; the police cannot open it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const admin = await apiAuth(request, 'quantri');
  const landOffice = await agencyByCode(request, admin, 'AP-DC');
  // The accused works at the ward police (AP-CA); the letter goes to the land office, which is not the accused agency.
  const denunciation = await createCase(request, 'tiepdan.anphu', {
    type: 'denunciation',
    channel: 'post',
    category: 'land',
    summary: 'Tố cáo cán bộ Công an phường nhận tiền để bỏ qua vi phạm xây dựng trên đất nông nghiệp',
    leadAgencyId: landOffice.id,
    denouncer: {
      fullName: 'Trần Thị Mai',
      phone: '0987654321',
      address: 'Tổ dân phố 5, phường An Phú',
    },
  });

  // Only a handler the head gave the case to may see the denouncer (taking it oneself does not qualify): the head of
  // the land office assigns it to Lê Văn Hùng (chuyenvien.diachinh).
  const head = await apiAuth(request, 'truong.diachinh');
  const assignment = (await (
    await request.get(`/api/cases/${denunciation.id}/assignee`, {
      headers: head,
    })
  ).json()) as CaseAssignmentDto;
  const handler = assignment.candidates.find((c) => c.fullName === 'Lê Văn Hùng');
  expect(handler, JSON.stringify(assignment)).toBeDefined();
  const assigned = await request.put(`/api/cases/${denunciation.id}/assignee`, {
    headers: head,
    data: {
      handlerId: handler?.id,
      reason: 'Giao chuyên viên địa chính xác minh',
    },
  });
  expect(assigned.status(), await assigned.text()).toBe(200);

  await signIn(page, 'chuyenvien.diachinh');
  await page.goto('/inbox?type=denunciation');
  const row = page.locator(`tr[data-case="${denunciation.code}"]`);
  await expect(row).toContainText('Bảo mật');
  await expect(row).not.toContainText('Trần Thị Mai');
  await row.getByRole('link').click();

  // The identity stays masked until the handler the case is assigned to gives a reason, which the server logs.
  await expect(page.getByTestId('denouncer-masked')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Trần Thị Mai');
  await expect(page.getByTestId('assignee')).toContainText('Lê Văn Hùng');
  await page.getByTestId('reveal').click();
  await page.getByTestId('reveal-reason').fill('Cần liên hệ người tố cáo để bổ sung chứng cứ');
  await page.getByRole('button', { name: 'Xem và ghi nhật ký' }).click();
  await expect(page.getByTestId('denouncer-identity')).toContainText('Trần Thị Mai');

  const accept = await openAction(page, 'ACCEPT');
  await expect(accept.locator('[data-field="agencyId"]')).toContainText(landOffice.name);
  // Accepted: the acceptance must be notified within 5 working days (Luật Tố cáo Art. 29(3)) before verification.
  await submitAction(page, 'Chờ thông báo thụ lý');
  await openAction(page, 'NOTIFY_DENOUNCER');
  await submitAction(page, 'Đang xác minh');
  const verify = await openAction(page, 'RECORD_VERIFICATION');
  await verify.locator('[data-field="findings"]').fill('Có dấu hiệu nhận tiền; đã thu thập lời khai của hai hộ liền kề.');
  await submitAction(page, 'Đã xác minh');
  // Once accepted it can no longer be forwarded: the page offers only what the machine allows now.
  await expect(page.locator('[data-action="FORWARD"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ẩn lại' }).click();
  await screenshotWhole(page, shot('denunciation-case'));

  // A user of the accused agency: not in the inbox, and the case page answers 404 (no hint that it exists).
  await switchUser(page, 'chuyenvien.congan');
  await page.goto('/inbox?type=denunciation');
  await expect(page.getByTestId('inbox-table')).not.toContainText(denunciation.code);
  await page.goto(`/cases/${denunciation.id}`);
  await expect(page.getByTestId('case-not-found')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(denunciation.summary);
  const direct = await request.get(`/api/cases/${denunciation.id}`, {
    headers: await apiAuth(request, 'chuyenvien.congan'),
  });
  expect(direct.status()).toBe(404);
  await screenshotWhole(page, shot('denunciation-404'));
});
