import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CaseDetailDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { agencyByCode, apiAuth, createCase, openAction, screenshotWhole, submitAction, switchUser } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);

async function event(
  request: APIRequestContext,
  user: string,
  id: string,
  type: string,
  payload: Record<string, unknown> = {},
): Promise<CaseDetailDto> {
  const res = await request.post(`/api/cases/${id}/events`, { headers: await apiAuth(request, user), data: { type, payload } });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as CaseDetailDto;
}

test.afterAll(async ({ request }) => {
  await restoreServerClock(request);
});

test('the ward chairman decides a first complaint; 20 days later the second complaint opens in the province inbox', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  // Monday 5 October 2026, 09:00 in Vietnam.
  await setServerClock(request, '2026-10-05T02:00:00.000Z');
  const admin = await apiAuth(request, 'quantri');
  const landOffice = await agencyByCode(request, admin, 'AP-DC');
  const first = await createCase(request, 'tiepdan.anphu', {
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary: 'Khiếu nại quyết định thu hồi đất thửa 301 (hành trình thẩm quyền)',
    leadAgencyId: landOffice.id,
    petitioner: { fullName: 'Hà Văn Tuấn', phone: '0912000301' },
  });
  await event(request, 'chuyenvien.diachinh', first.id, 'TRIAGE_ACCEPT', { agencyId: landOffice.id });
  await event(request, 'chuyenvien.diachinh', first.id, 'RECORD_VERIFICATION', {
    findings: 'Thu hồi đúng quy hoạch',
    demandMatchesFindings: true,
  });
  await event(request, 'chuyenvien.diachinh', first.id, 'PROPOSE_DECISION', {
    summary: 'Giữ nguyên quyết định thu hồi',
    outcome: 'rejected',
  });

  // The land office head reviews the draft but has no decision to sign.
  await signIn(page, 'truong.diachinh');
  await page.goto(`/cases/${first.id}`);
  await expect(page.getByTestId('case-decider')).toContainText('Chủ tịch UBND cấp xã');
  await expect(page.getByTestId('case-decider')).toContainText('Trần Văn Minh');
  await expect(page.locator('[data-action="RETURN"]')).toBeVisible();
  await expect(page.locator('[data-action="APPROVE"]')).toHaveCount(0);

  // The chairman signs.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto(`/cases/${first.id}`);
  await expect(page.getByTestId('decider-you')).toBeVisible();
  const approve = await openAction(page, 'APPROVE');
  await approve.locator('[data-field="documentNo"]').fill('201/QĐ-UBND');
  await submitAction(page, 'Đã ban hành quyết định, chờ gửi');
  // Sending it is on the clock now: 3 working days (Art. 31), Thursday 8 October.
  await expect(page.getByTestId('case-due')).toHaveText('08/10/2026');
  await expect(page.getByTestId('history')).toContainText('Trần Văn Minh');
  await event(request, 'chuyenvien.diachinh', first.id, 'NOTIFY_PARTIES');

  // Twenty days later the citizen brings a second complaint to the desk.
  await setServerClock(request, '2026-10-25T02:30:00.000Z');
  await switchUser(page, 'tiepdan.anphu');
  await page.goto(`/cases/${first.id}`);
  await expect(page.getByTestId('second-complaint')).toContainText('04/11/2026');
  await page.getByTestId('second-complaint-open').click();
  await page.getByTestId('second-complaint-form').locator('textarea[name="summary"]').fill('Không đồng ý giữ nguyên quyết định thu hồi');
  await page.getByTestId('second-complaint-submit').click();
  await expect(page).not.toHaveURL(new RegExp(`/cases/${first.id}$`));
  await expect(page.getByTestId('case-state')).toHaveText('Chờ thụ lý');
  await expect(page.getByTestId('case-links')).toContainText('Khiếu nại lần đầu');
  await expect(page.getByTestId('case-links')).toContainText(first.code);
  await expect(page.getByTestId('case-decider')).toContainText('Chủ tịch UBND cấp tỉnh');
  const secondCode = (await page.getByTestId('case-code').textContent())?.trim() ?? '';
  expect(secondCode).toMatch(/^KN/);
  await screenshotWhole(page, shot('second-complaint'));

  // The first case shows where it went.
  await page.goto(`/cases/${first.id}`);
  await expect(page.getByTestId('second-complaint')).toContainText(secondCode);

  // In the province's inbox, new.
  await switchUser(page, 'lanhdao.tinh');
  await page.goto('/inbox?tab=new');
  await expect(page.locator(`tr[data-case="${secondCode}"]`)).toBeVisible();
});

test('a denunciation forwarded once to another commune appears in its inbox and cannot be forwarded again', async ({ page, request }) => {
  test.setTimeout(150_000);
  await setServerClock(request, '2026-10-05T02:00:00.000Z');
  const denunciation = await createCase(request, 'tiepdan.anphu', {
    type: 'denunciation',
    channel: 'post',
    category: 'land',
    summary: 'Tố cáo cán bộ địa chính xã Nậm Khoa thu tiền trái phép khi đo đạc (hành trình chuyển đơn)',
    denouncer: { fullName: 'Người tố cáo ẩn danh hóa', phone: '0987000999' },
  });

  await signIn(page, 'tiepdan.anphu');
  await page.goto(`/cases/${denunciation.id}`);
  const forward = await openAction(page, 'FORWARD');
  await forward.locator('[data-field="toAgencyId"]').click();
  await page.getByRole('option', { name: 'Xã Nậm Khoa', exact: true }).click();
  await forward.locator('[data-field="toBody"]').fill('UBND xã Nậm Khoa');
  await submitAction(page, 'Đang chuyển đơn');
  const send = await openAction(page, 'SEND_FORWARD');
  await send.locator('[data-field="slipNo"]').fill('07/PC-UBND');
  await submitAction(page, 'Đã chuyển đơn');
  const link = page.locator('[data-testid="case-links"] li[data-relation="handed_off_to"]');
  await expect(link).toContainText('Đã chuyển đơn đến');
  await expect(link).toContainText('Xã Nậm Khoa');
  const receivedCode = (await link.locator('.code').textContent())?.trim() ?? '';
  expect(receivedCode).toMatch(/^TC/);
  // Out of the sender's scope: named, not a link.
  await expect(link.locator('a')).toHaveCount(0);

  await switchUser(page, 'lanhdao.namkhoa');
  await page.goto('/inbox?tab=new');
  const row = page.locator(`tr[data-case="${receivedCode}"]`);
  await expect(row).toBeVisible();
  await row.getByRole('link').click();
  await expect(page.getByTestId('case-links')).toContainText('Nhận chuyển đơn từ');
  await expect(page.getByTestId('case-decider')).toContainText('Giàng A Páo');
  // Once only (Luật Tố cáo 2018 Art. 24(2)): the page offers no forward, and the API refuses one.
  await expect(page.locator('[data-action="ACCEPT"]')).toBeVisible();
  await expect(page.locator('[data-action="FORWARD"]')).toHaveCount(0);
  const received = (await (
    await request.get(`/api/cases?q=${encodeURIComponent('hành trình chuyển đơn')}`, { headers: await apiAuth(request, 'lanhdao.namkhoa') })
  ).json()) as {
    items: { id: string; code: string }[];
  };
  const id = received.items.find((c) => c.code === receivedCode)?.id ?? '';
  const again = await request.post(`/api/cases/${id}/events`, {
    headers: await apiAuth(request, 'tiepdan.namkhoa'),
    data: { type: 'FORWARD', payload: { toBody: 'Thanh tra tỉnh' } },
  });
  expect(again.status()).toBe(422);
  await screenshotWhole(page, shot('forwarded-denunciation'));
});
