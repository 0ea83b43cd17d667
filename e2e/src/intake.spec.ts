import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { E2E_OUTPUT } from '../playwright.config';
import type { CaseDetailDto, CasePage, LetterDto } from '@tiep-dan/contracts';
import { apiAuth, openAction, screenshotWhole, submitAction, switchUser } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

// pdf-parse's library entry (its index runs a self-test without a parent module).
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;
const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

/** Monday 18 January 2027, 08:30 in Vietnam: a regular reception day. */
const MONDAY = '2027-01-18T01:30:00.000Z';

async function pdfText(download: Download): Promise<string> {
  return (await pdfParse(readFileSync(await download.path()))).text.normalize('NFC').replace(/\s+/g, ' ');
}

async function xlsxText(download: Download): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  return book.worksheets
    .flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])))
    .join('\n');
}

/** Opens a session on the desk (the officer is signed in) if none is open. */
async function openSession(page: Page): Promise<void> {
  await page.goto('/reception');
  const open = page.getByTestId('open-session');
  await expect(page.getByTestId('session-open').or(open)).toBeVisible();
  if (await open.isVisible()) await open.click();
  await expect(page.getByTestId('session-title')).toBeVisible();
}

async function closeSession(page: Page): Promise<void> {
  await page.goto('/reception');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('close-session').click();
  await expect(page.getByTestId('carry-over')).toBeVisible();
}

test.afterAll(async ({ request }) => restoreServerClock(request));

test('a land complaint at the Monday desk becomes a complaint case that runs its statutory path', async ({ page, request }) => {
  test.setTimeout(240_000);
  await setServerClock(request, MONDAY);
  await signIn(page, 'tiepdan.anphu');
  await openSession(page);
  await page.getByTestId('visit-name').fill('Đặng Văn Lực');
  await page.getByTestId('visit-id-number').fill('001066007788');
  await page.getByTestId('visit-phone').fill('0977888999');
  await page.getByTestId('matter-type-0').selectOption('complaint');
  await page.getByTestId('matter-category-0').selectOption('land');
  await page.getByTestId('matter-summary-0').fill('Khiếu nại quyết định thu hồi đất thửa 88 tờ bản đồ số 4');
  await page.getByTestId('visit-save').click();
  const saved = page.getByTestId('visit-saved');
  await expect(saved).toContainText('TD-2027-');
  const reception = ((await saved.textContent()) ?? '').match(/TD-\d{4}-\d{6}/)?.[0] ?? '';
  const line = page.getByTestId(`case-${reception}`);
  // The visit's matter opened a complaint case at once, on its acceptance clock (7 working days → 27/01/2027).
  const statutory = line.getByTestId('statutory-case-link');
  await expect(statutory).toContainText('KN-2027-');
  await expect(line).toContainText('27/01/2027');
  const complaintCode = ((await statutory.textContent()) ?? '').match(/KN-\d{4}-\d{6}/)?.[0] ?? '';

  // The leader on duty assigns the matter to the land office.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto('/reception');
  const direct = page.getByTestId(`direction-${reception}`);
  await direct.getByTestId('direction-kind').selectOption('assign');
  await direct.getByTestId('direction-agency').selectOption({ label: 'Công chức Địa chính – Xây dựng phường An Phú' });
  await direct.getByTestId('direction-text').fill('Địa chính thụ lý, giải quyết theo thẩm quyền');
  await direct.getByTestId('direction-save').click();
  await direct.getByTestId('direction-confirm-yes').click();
  await expect(page.getByTestId(`case-${reception}`)).toContainText('Giao Công chức Địa chính');

  // The land-office handler finds the complaint, linked to the visit, with its acceptance due date.
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto('/inbox');
  const row = page.locator(`tr[data-case="${complaintCode}"]`);
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: complaintCode }).click();
  await expect(page.getByTestId('case-state')).toHaveText('Chờ thụ lý');
  await expect(page.getByTestId('case-links')).toContainText(reception);
  await expect(page.getByTestId('why-this-date')).toContainText('Thụ lý khiếu nại');
  await page.getByTestId('claim').click();
  await openAction(page, 'TRIAGE_ACCEPT');
  await submitAction(page, 'Đang xác minh');
  const verify = await openAction(page, 'RECORD_VERIFICATION');
  await verify.locator('[data-field="findings"]').fill('Diện tích thu hồi đúng; yêu cầu bồi thường thêm chưa có căn cứ.');
  await submitAction(page, 'Đã xác minh');
  const schedule = await openAction(page, 'SCHEDULE_DIALOGUE');
  // Six days after the (moved) Monday: at least 5 days of notice.
  await schedule.locator('[data-field="date"]').fill('2027-01-24');
  await schedule.locator('[data-field="place"]').fill('Hội trường UBND phường An Phú');
  await schedule.locator('[data-field="participants"]').fill('Đặng Văn Lực\nLê Văn Hùng');
  await submitAction(page, 'Đã lên lịch đối thoại');
  // Minutes are taken on the dialogue's day, not before: the clock moves there, and back to Monday for the register.
  const caseUrl = page.url();
  await setServerClock(request, '2027-01-24T02:00:00.000Z');
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(caseUrl);
  const minutes = await openAction(page, 'RECORD_DIALOGUE_MINUTES');
  await minutes.locator('[data-field="minutes"]').fill('Ông Lực giữ yêu cầu; cơ quan giải thích căn cứ thu hồi.');
  await submitAction(page, 'Đã đối thoại');
  const propose = await openAction(page, 'PROPOSE_DECISION');
  await propose.locator('[data-field="summary"]').fill('Giữ nguyên quyết định thu hồi đất thửa 88.');
  await propose.locator('[data-field="outcome"]').click();
  await page.getByRole('option', { name: 'Khiếu nại sai' }).click();
  await submitAction(page, 'Chờ phê duyệt quyết định');

  // The ward chairman signs the decision (Luật Khiếu nại 2011 Art. 17–18); the land office head does not.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto('/inbox?tab=awaiting_approval');
  await page.locator(`tr[data-case="${complaintCode}"]`).getByRole('link').click();
  const approve = await openAction(page, 'APPROVE');
  await approve.locator('[data-field="documentNo"]').fill('31/QĐ-UBND');
  await submitAction(page, 'Đã ban hành quyết định, chờ gửi');
  await screenshotWhole(page, shot('intake-complaint-decided'));
  await setServerClock(request, MONDAY);

  // The register of the day shows the visit's case and the complaint it opened.
  await switchUser(page, 'tiepdan.anphu');
  await page.goto('/reception');
  const [registerDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-register').click()]);
  const register = await xlsxText(registerDownload);
  expect(register).toContain(reception);
  expect(register).toContain(complaintCode);
  await closeSession(page);
});

test('a letter by post with two matters splits into a complaint, forwarded with a slip, and a proposal, accepted', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'tiepdan.anphu');
  await page.goto('/letters');
  await page.getByTestId('letter-channel').selectOption('post');
  await page.getByTestId('letter-sender-name-0').fill('Bùi Thị Nhàn');
  await page.getByTestId('letter-sender-phone-0').fill('0933444555');
  await page.getByTestId('letter-summary').fill('Đơn về quyết định xử phạt xây dựng và chiếu sáng ngõ 12');
  await page.getByTestId('letter-matter-type-0').selectOption('complaint');
  await page.getByTestId('letter-matter-category-0').selectOption('construction');
  await page.getByTestId('letter-matter-summary-0').fill('Khiếu nại quyết định xử phạt của Sở Xây dựng');
  await page.getByTestId('letter-add-matter').click();
  await page.getByTestId('letter-matter-type-1').selectOption('proposal');
  await page.getByTestId('letter-matter-category-1').selectOption('construction');
  await page.getByTestId('letter-matter-summary-1').fill('Kiến nghị lắp đèn chiếu sáng ngõ 12');
  await page.getByTestId('letter-matter-agency-1').selectOption({ label: 'Công chức Địa chính – Xây dựng phường An Phú' });
  await page.getByTestId('letter-submit').click();
  const created = page.getByTestId('letter-created-case');
  await expect(created).toHaveCount(2);
  await expect(created.nth(0)).toContainText('KN-');
  await expect(created.nth(1)).toContainText('KNG-');
  await expectAccessible(page, 'a registered letter and the cases it opened');
  await screenshotWhole(page, shot('letters'));

  const officer = await apiAuth(request, 'tiepdan.anphu');
  const letters = (await (await request.get('/api/letters', { headers: officer })).json()) as { items: LetterDto[] };
  const letter = letters.items.find((l) => l.summary.includes('ngõ 12'));
  expect(letter?.matters.map((m) => [m.type, m.deadlineRuleId])).toEqual([
    ['complaint', 'complaint.accept'],
    ['proposal', 'letter.triage'],
  ]);
  const [complaint, proposal] = must(letter).matters;

  // The complaint is not the ward's to resolve: forwarded to the department, with the forwarding slip printed.
  await created.nth(0).getByTestId('letter-case-link').click();
  await expect(page.getByTestId('case-code')).toHaveText(complaint.code);
  await expect(page.getByTestId('case-links')).toContainText(proposal.code);
  const forward = await openAction(page, 'TRIAGE_FORWARD');
  await forward.locator('[data-field="toBody"]').fill('Sở Xây dựng tỉnh Minh An');
  await forward.locator('[data-field="note"]').fill('Quyết định bị khiếu nại do Sở Xây dựng ban hành');
  await submitAction(page, 'Đã chuyển đơn');
  const [slip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notice-forwarding-slip').click()]);
  const slipText = await pdfText(slip);
  expect(slipText).toContain('PHIẾU CHUYỂN ĐƠN');
  expect(slipText).toContain('Sở Xây dựng tỉnh Minh An');
  expect(slipText).toContain('Bùi Thị Nhàn');

  // The proposal is accepted for the land office.
  await page.goto(`/cases/${proposal.caseId}`);
  await openAction(page, 'ACCEPT');
  await submitAction(page, 'Đã giao xử lý');
  await page.goto('/letters');
  await expect(page.getByTestId(`letter-${must(letter).code}`)).toContainText('Đã chuyển đơn');
  await expect(page.getByTestId(`letter-${must(letter).code}`)).toContainText('Đã giao xử lý');
});

test('a denunciation at the desk shows its denouncer nowhere but in the audited reveal', async ({ page, request }) => {
  test.setTimeout(180_000);
  const NAME = 'Tô Thị Kín';
  await setServerClock(request, '2027-01-25T01:30:00.000Z'); // Monday 25 January 2027
  await signIn(page, 'tiepdan.anphu');
  await openSession(page);
  await page.getByTestId('visit-name').fill(NAME);
  await page.getByTestId('visit-id-number').fill('001099112233');
  await page.getByTestId('visit-phone').fill('0966777888');
  await page.getByTestId('matter-type-0').selectOption('denunciation');
  await page.getByTestId('matter-category-0').selectOption('land');
  await page.getByTestId('matter-summary-0').fill('Tố cáo cán bộ địa chính nhận tiền khi đo đạc thửa 301');
  await page.getByTestId('visit-save').click();
  const saved = page.getByTestId('visit-saved');
  await expect(saved).toContainText('TD-2027-');
  const reception = ((await saved.textContent()) ?? '').match(/TD-\d{4}-\d{6}/)?.[0] ?? '';
  const statutory = page.getByTestId(`case-${reception}`).getByTestId('statutory-case-link');
  await expect(statutory).toContainText('TC-2027-');
  const code = ((await statutory.textContent()) ?? '').match(/TC-\d{4}-\d{6}/)?.[0] ?? '';
  await page.reload();
  await expect(page.getByTestId('visit-list')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(NAME);

  // The receipt and the register name no one.
  const [receipt] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`case-${reception}`).getByTestId('receipt').click(),
  ]);
  expect(await pdfText(receipt)).not.toContain(NAME);
  const [register] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-register').click()]);
  const registerText = await xlsxText(register);
  expect(registerText).toContain(reception);
  expect(registerText).not.toContain(NAME);
  expect(registerText).not.toContain('001099112233');

  // The leader sends it to the land office; the head assigns the handler, who may then reveal it, with a reason.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto('/reception');
  const direct = page.getByTestId(`direction-${reception}`);
  await direct.getByTestId('direction-kind').selectOption('assign');
  await direct.getByTestId('direction-agency').selectOption({ label: 'Công chức Địa chính – Xây dựng phường An Phú' });
  await direct.getByTestId('direction-save').click();
  await direct.getByTestId('direction-confirm-yes').click();
  await expect(page.getByTestId(`case-${reception}`)).toContainText('Giao Công chức Địa chính');
  await expect(page.locator('body')).not.toContainText(NAME);

  const head = await apiAuth(request, 'truong.diachinh');
  const found = (await (await request.get('/api/cases', { headers: head, params: { type: 'denunciation' } })).json()) as CasePage;
  const denunciation = found.items.find((c) => c.code === code);
  expect(denunciation).toBeDefined();
  await switchUser(page, 'truong.diachinh');
  await page.goto(`/cases/${must(denunciation).id}`);
  await expect(page.getByTestId('denouncer-masked')).toBeVisible();
  await page.getByTestId('reassign').click();
  await page.getByTestId('reassign-target').click({ force: true });
  await page.getByRole('option', { name: /Lê Văn Hùng/ }).click();
  await page.getByTestId('assign-reason').fill('Giao chuyên viên xác minh');
  await page.getByRole('button', { name: 'Giao việc' }).click();
  await expect(page.getByTestId('assignee')).toContainText('Lê Văn Hùng');

  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(`/cases/${must(denunciation).id}`);
  await expect(page.locator('body')).not.toContainText(NAME);
  const accept = await openAction(page, 'ACCEPT');
  await expect(accept).toBeVisible();
  await submitAction(page, 'Chờ thông báo thụ lý');
  const [notice] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notice-acceptance').click()]);
  expect(await pdfText(notice)).not.toContain(NAME);
  await page.getByTestId('reveal').click();
  await page.getByTestId('reveal-reason').fill('Cần liên hệ người tố cáo để hẹn làm việc');
  await expectAccessible(page, 'the identity reveal asking for a reason');
  await page.getByRole('button', { name: 'Xem và ghi nhật ký' }).click();
  await expect(page.getByTestId('denouncer-identity')).toContainText(NAME);

  // The audited reveal is on the security log.
  const admin = await apiAuth(request, 'quantri');
  const audit = await request.get('/api/security-audit', {
    headers: admin,
    params: { action: 'identity.reveal', targetId: must(denunciation).id },
  });
  expect(audit.status()).toBe(200);
  expect(JSON.stringify(await audit.json())).toContain('chuyenvien.diachinh');
  const detail = (await (await request.get(`/api/cases/${must(denunciation).id}`, { headers: head })).json()) as CaseDetailDto;
  expect(JSON.stringify(detail)).not.toContain(NAME);

  await switchUser(page, 'tiepdan.anphu');
  await closeSession(page);
});
