import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { CaseDetailDto, NotificationDto, ReceptionSessionDto, ReceptionTodayDto, ReceptionVisitDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { expectAccessible } from './axe';
import { agencyByCode, apiAuth, createCase, switchUser } from './case-fixtures';
import { LAND_OFFICE, openLandOfficeOverdueList, overdueLandOfficeComplaint } from './overdue-fixtures';
import { signIn } from './sign-in';

const SCREENSHOTS = join(E2E_OUTPUT, 'screenshots');
const DAY = 86_400_000;
const SIZES = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** dd/MM/yyyy of an instant in Vietnam. */
const vnDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');

async function post<T>(request: APIRequestContext, user: string, url: string, data: object): Promise<T> {
  const res = await request.post(url, {
    headers: await apiAuth(request, user),
    data,
  });
  expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

const event = (request: APIRequestContext, user: string, id: string, type: string, payload: Record<string, unknown> = {}) =>
  post<CaseDetailDto>(request, user, `/api/cases/${id}/events`, {
    type,
    payload,
  });

/** The screen at 1366×768 and on a 390×844 phone, each as the user sees it and as a whole (the shell scrolls inside). */
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // The shell's menu changes from a side panel to an overlay at phone width: let it finish closing.
    await page.waitForTimeout(600);
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}-${size.name}.png`),
    });
    const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('*'), (e) => e.scrollHeight)));
    await page.setViewportSize({
      width: size.width,
      height: Math.min(Math.max(height + 80, size.height), 6000),
    });
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}-${size.name}-whole.png`),
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test.afterAll(async ({ request }) => {
  // Close the session the journey opened, so the desk of the next journey starts from its own day.
  const officer = await apiAuth(request, 'tiepdan.anphu');
  const today = (await (await request.get('/api/reception/today', { headers: officer })).json()) as ReceptionTodayDto;
  if (today.openSession) await request.post(`/api/reception/sessions/${today.openSession.id}/close`, { headers: officer });
});

test('a group visit of 12 at the desk is a hot spot at the top of the leader’s overview within seconds', async ({ page, request }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'lanhdao.anphu');
  await page.goto('/overview');
  await expect(page.getByTestId('overview-as-of')).toContainText('Cập nhật lúc');
  const before = await page.getByTestId('hot-spots').locator('li').filter({ hasText: 'đoàn đông người' }).count();

  // The desk logs twelve people who came together (an ad-hoc session, Luật Tiếp công dân Art. 18).
  const officer = await apiAuth(request, 'tiepdan.anphu');
  const today = (await (await request.get('/api/reception/today', { headers: officer })).json()) as ReceptionTodayDto;
  const session =
    today.openSession ??
    (await post<ReceptionSessionDto>(request, 'tiepdan.anphu', '/api/reception/sessions', {
      kind: 'ad_hoc',
      reason: 'Đoàn đông người về bồi thường',
    }));
  const visit = await post<ReceptionVisitDto>(request, 'tiepdan.anphu', `/api/reception/sessions/${session.id}/visits`, {
    citizen: { fullName: 'Trần Văn Đại', phone: '0912000012' },
    groupSize: 12,
    representatives: [{ fullName: 'Trần Văn Đại' }, { fullName: 'Lê Thị Mai' }],
    contents: [
      {
        contentType: 'proposal',
        category: 'site_clearance',
        summary: 'Mười hai hộ kiến nghị về giá bồi thường giải phóng mặt bằng (kiểm thử điểm nóng)',
      },
    ],
  });
  const logged = Date.now();

  // The leader comes back to the window: the overview reloads at once (and every 30 s on its own).
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const card = page.getByTestId('hot-spots-card');
  await expect(card.locator('li').filter({ hasText: 'đoàn đông người' })).toHaveCount(before + 1, { timeout: 10_000 });
  expect(Date.now() - logged).toBeLessThan(10_000);
  await expect(card).toContainText('Phường An Phú');
  // At the top: above the figures.
  const cardBox = await card.boundingBox();
  const kpiBox = await page.getByTestId('kpi-open').boundingBox();
  expect(cardBox && kpiBox && cardBox.y < kpiBox.y).toBe(true);
  // Its cases link to the visit's case.
  await expect(card.locator(`a[href="/cases/${visit.cases[0].id}"]`)).toHaveCount(1);
  await expectAccessible(page, 'the overview with a hot spot at the top');
  await shoot(page, 'screens-overview-hot-spot');
});

test('from the overdue list a leader sends a reminder, exports the list, and the agency’s handler sees the reminder', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const created = await overdueLandOfficeComplaint(request, 'Lấn chiếm hành lang kênh tưới (kiểm thử đôn đốc)', 'Phan Văn Lộc');
  await openLandOfficeOverdueList(page);
  const row = page.getByTestId('drill-row').filter({ hasText: created.code });
  await row.getByTestId('remind').click();
  const form = page.getByTestId('reminder-form');
  await expect(form).toContainText(LAND_OFFICE);
  await expect(page.getByTestId('reminder-note')).toBeFocused();
  await page.getByTestId('reminder-note').fill('Đề nghị báo cáo kết quả xác minh trước thứ Sáu.');
  await expectAccessible(page, 'the overdue list with the reminder form');
  await shoot(page, 'screens-overdue-reminder-form');
  await page.getByTestId('reminder-send').click();
  await expect(page.getByTestId('drill-notice')).toContainText(`Đã đôn đốc ${LAND_OFFICE} về hồ sơ ${created.code}`);
  await expect(row.getByTestId('reminded')).toBeVisible();
  // Again the same day: refused, saying when it went.
  await row.getByTestId('remind').click();
  await page.getByTestId('reminder-send').click();
  await expect(page.getByTestId('reminder-error')).toContainText('Hồ sơ đã được đôn đốc lúc');
  await page.getByRole('button', { name: 'Hủy' }).click();

  // The list for Excel: a BOM first, then the cases.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloading;
  const file = join(E2E_OUTPUT, 'results', 'overdue-list.csv');
  await download.saveAs(file);
  const csv = readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Mã hồ sơ');
  expect(csv).toContain(created.code);
  expect(csv).toContain(LAND_OFFICE);
  expect(csv).not.toContain('Phan Văn Lộc');
  await expect(page.getByTestId('drill-notice')).toContainText('Đã xuất');
  await shoot(page, 'screens-overdue-reminded');

  // The land office's handler: told, and the case's history says who urged and when.
  const notes = (await (
    await request.get('/api/notifications', {
      headers: await apiAuth(request, 'chuyenvien.diachinh'),
    })
  ).json()) as NotificationDto[];
  const note = notes.find((n) => n.kind === 'reminder' && n.caseId === created.id);
  expect(note?.body.vi).toContain(`đôn đốc ${LAND_OFFICE}`);
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(`/cases/${created.id}`);
  const history = page.getByTestId('history').locator('li').first();
  await expect(history).toContainText('Đôn đốc giải quyết');
  await expect(history).toContainText('Lãnh đạo');
  await expect(history).toContainText('Đề nghị báo cáo kết quả xác minh trước thứ Sáu.');
  await expect(history).not.toContainText('lanhdao.anphu');
  await expect(history.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
});

test('the lookup tells a complainant the outcome, the day of the decision and the last day for a second complaint', async ({
  page,
  request,
}) => {
  const landOffice = await agencyByCode(request, await apiAuth(request, 'quantri'), 'AP-DC');
  const created = await createCase(request, 'tiepdan.anphu', {
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary: 'Khiếu nại quyết định bồi thường thửa 77 (kiểm thử tra cứu)',
    leadAgencyId: landOffice.id,
    petitioner: { fullName: 'Đỗ Thị Hằng', phone: '0912000777' },
  });
  await event(request, 'chuyenvien.diachinh', created.id, 'TRIAGE_ACCEPT', {
    agencyId: landOffice.id,
  });
  await event(request, 'chuyenvien.diachinh', created.id, 'RECORD_VERIFICATION', {
    findings: 'Diện tích đo đạc lại lớn hơn',
    demandMatchesFindings: true,
  });
  await event(request, 'chuyenvien.diachinh', created.id, 'PROPOSE_DECISION', {
    summary: 'Bồi thường bổ sung phần diện tích chênh lệch',
    outcome: 'partly_upheld',
  });
  await event(request, 'lanhdao.anphu', created.id, 'APPROVE', {
    documentNo: '25/QĐ-UBND',
  });
  const notified = await event(request, 'chuyenvien.diachinh', created.id, 'NOTIFY_PARTIES');
  // The window as the case page computes it (the deadline engine), and the day the decision was signed.
  const window = notified.followUps.secondComplaint;
  if (!window) throw new Error('no second-complaint window');
  const approvedAt = (notified.context['decision'] as { approvedAt: string } | undefined)?.approvedAt;
  if (!approvedAt) throw new Error('no decision');

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/lookup?code=${created.code}`);
  await page.getByTestId('lookup-phone').fill('0777');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-outcome')).toContainText('Khiếu nại của ông/bà đúng một phần (Quyết định số 25/QĐ-UBND)');
  await expect(page.getByTestId('lookup-decided-on')).toHaveText(vnDay(approvedAt));
  await expect(page.getByTestId('lookup-second-complaint')).toContainText(`khiếu nại lần hai đến hết ngày ${vnDay(window.windowEndsAt)}`);
  // Nothing of the officials' words or the citizen's name.
  const result = page.getByTestId('lookup-result');
  await expect(result).not.toContainText('Bồi thường bổ sung');
  await expect(result).not.toContainText('Diện tích đo đạc');
  await expect(result).not.toContainText('Đỗ Thị Hằng');
  await expectAccessible(page, 'the lookup of a decided complaint');
  await shoot(page, 'screens-lookup-decided-complaint');
});

test('the case page says why the draft decision waits, refuses minutes before the dialogue, and reads its history', async ({
  page,
  request,
}) => {
  const landOffice = await agencyByCode(request, await apiAuth(request, 'quantri'), 'AP-DC');
  const created = await createCase(request, 'tiepdan.anphu', {
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary: 'Khiếu nại cấp sổ đỏ chậm (kiểm thử đối thoại)',
    leadAgencyId: landOffice.id,
    petitioner: { fullName: 'Vũ Văn Nam' },
  });
  await event(request, 'chuyenvien.diachinh', created.id, 'TRIAGE_ACCEPT', {
    agencyId: landOffice.id,
  });
  await event(request, 'chuyenvien.diachinh', created.id, 'RECORD_VERIFICATION', {
    findings: 'Hồ sơ thiếu trích đo',
    demandMatchesFindings: false,
  });
  await signIn(page, 'chuyenvien.diachinh');
  await page.goto(`/cases/${created.id}`);
  await expect(page.getByTestId('blocked-actions')).toContainText('Cần tổ chức đối thoại trước khi dự thảo quyết định');
  await expect(page.locator('[data-action="PROPOSE_DECISION"]')).toHaveCount(0);

  const dialogueDay = new Date(Date.now() + 7 * 3_600_000 + 7 * DAY).toISOString().slice(0, 10);
  await event(request, 'chuyenvien.diachinh', created.id, 'SCHEDULE_DIALOGUE', {
    date: dialogueDay,
    place: 'Hội trường UBND phường',
    participants: ['Vũ Văn Nam'],
  });
  await page.reload();
  await page.locator('[data-action="RECORD_DIALOGUE_MINUTES"]').click();
  const form = page.locator('form[data-event="RECORD_DIALOGUE_MINUTES"]');
  const day = dialogueDay.split('-').reverse().join('/');
  await expect(page.getByTestId('dialogue-ahead')).toContainText(day);
  await form.locator('[data-field="minutes"]').fill('Biên bản ghi trước');
  await page.getByTestId('event-submit').click();
  // The server's refusal sits under the field, what was typed kept.
  const minutes = form.locator('[data-field="minutes"]');
  await expect(minutes).toHaveValue('Biên bản ghi trước');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('mat-error')).toContainText(`Buổi đối thoại được hẹn ngày ${day}: chỉ ghi biên bản từ ngày đó trở đi.`);
  await expect(page.getByTestId('history')).toContainText(day);
  // The history: people by name and role, Vietnam dates, no raw ids.
  const history = page.getByTestId('history');
  await expect(history).toContainText('Chuyên viên');
  await expect(history).not.toContainText('chuyenvien.diachinh');
  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expectAccessible(page, 'the case page with a blocked step');
  await shoot(page, 'screens-case-blocked-step');
});
