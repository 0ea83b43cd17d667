import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_OUTPUT, E2E_SMTP_PORT } from '../playwright.config';
import { openAction, screenshotWhole, submitAction, switchUser } from './case-fixtures';
import { startMailCatcher, type MailCatcher } from './mail-catcher';
import { freshAddress, signIn } from './sign-in';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);
const PHONE = { width: 390, height: 844 };
const RESIDENT = { phone: '0912 345 678', email: 'cu.dan.le.loi@example.vn' };
const ANSWER = 'Đã nạo vét cống ngõ 12 và thay nắp hố ga; nước đã thoát bình thường.';
/** The smallest JPEG-looking photo (the server reads its first bytes). */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)]);

let mail: MailCatcher;

/** The whole screen at the page's width: the shell scrolls inside, so the window grows to the content first. */
async function screenshotTall(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? PHONE;
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('*'), (e) => e.scrollHeight)));
  await page.setViewportSize({
    width: size.width,
    height: Math.min(Math.max(height + 80, size.height), 6000),
  });
  await page.screenshot({ path: shot(name) });
  await page.setViewportSize(size);
}

test.beforeAll(async () => {
  mail = await startMailCatcher(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await mail?.close();
});

/** The resident's phone: a fresh context 390×844 with touch, its own network address (the form throttles per address). */
async function residentPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() },
  });
  return context.newPage();
}

test('a resident reports a blocked drain from a phone, hears of each step by e-mail, sees the answer and rates it', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const phone = await residentPhone(browser);

  // The public form, no sign-in, on a phone.
  await phone.goto('/gui-don');
  await expect(phone.getByTestId('page-title')).toHaveText('Gửi đơn trực tuyến');
  await expect(phone.getByTestId('petition-type-reflection').locator('input')).toBeChecked();
  await phone.getByTestId('petition-commune').selectOption({ label: 'Phường An Phú' });
  await phone.getByTestId('petition-neighbourhood').selectOption({ index: 1 });
  await phone.getByTestId('petition-category').selectOption('environment');
  await phone.getByTestId('petition-summary').fill('Cống thoát nước ngõ 12 bị tắc, nước tràn ra đường');
  await phone.getByTestId('petition-details').fill('Mỗi lần mưa nước ngập đến đầu gối, rác dồn ở miệng cống.');
  await phone.getByTestId('petition-place').fill('Ngõ 12 đường Lê Lợi, tổ dân phố 2');
  await phone.getByTestId('petition-files').setInputFiles({
    name: 'cong-tac.jpg',
    mimeType: 'image/jpeg',
    buffer: PHOTO,
  });
  await expect(phone.getByTestId('petition-file-list')).toContainText('cong-tac.jpg');
  await phone.getByTestId('petition-phone').fill(RESIDENT.phone);
  await phone.getByTestId('petition-email').fill(RESIDENT.email);
  await expect(phone.getByTestId('petition-notify-email').locator('input')).toBeChecked();
  // Nothing on the phone is wider than the screen.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const axe = await new AxeBuilder({ page: phone }).include('[data-testid="petition-form"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await screenshotTall(phone, 'citizen-form-phone');
  await phone.getByTestId('petition-submit').click();
  const code = (await phone.getByTestId('petition-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^PA-\d{4}-\d{6}$/);
  await expect(phone.getByTestId('petition-notify')).toContainText('Thư điện tử');
  await phone.screenshot({ path: shot('citizen-form-sent-phone') });
  const [receipt] = await mail.waitFor(RESIDENT.email, 1);
  expect(receipt.subject).toBe(`[Tiếp Dân] ${code}: Đã nhận đơn / Petition received`);

  // The reception officer finds it among the letters, online and awaiting triage, and accepts it for the land office.
  await signIn(page, 'tiepdan.anphu');
  await page.goto('/letters');
  const letter = page.locator('[data-testid^="letter-DT-"]', { hasText: code });
  await expect(letter).toContainText('Cống thoát nước ngõ 12');
  await letter.getByRole('link', { name: code }).click();
  await expect(page.getByTestId('case-code')).toHaveText(code);
  await expect(page.getByTestId('case-state')).toHaveText('Đã tiếp nhận');
  await expect(page.getByTestId('attachments')).toContainText('cong-tac.jpg');
  const accept = await openAction(page, 'ACCEPT');
  await accept.locator('[data-field="agencyId"]').click();
  await page
    .getByRole('option', {
      name: 'Công chức Địa chính – Xây dựng phường An Phú',
    })
    .click();
  await submitAction(page, 'Đã giao xử lý');
  const caseUrl = page.url();

  // The land office answers, its head approves, the citizen is told.
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(caseUrl);
  const respond = await openAction(page, 'SUBMIT_RESPONSE');
  await respond.locator('[data-field="response"]').fill(ANSWER);
  await submitAction(page, 'Chờ lãnh đạo duyệt');
  await switchUser(page, 'truong.diachinh');
  await page.goto(caseUrl);
  await openAction(page, 'APPROVE');
  await submitAction(page, 'Đã duyệt trả lời');
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto(caseUrl);
  await openAction(page, 'NOTIFY_CITIZEN');
  await submitAction(page, 'Đã trả lời công dân');

  // The resident's mailbox holds the receipt, the acceptance and the answer, each with the code and the lookup link.
  const inbox = await mail.waitFor(RESIDENT.email, 3);
  expect(inbox.map((m) => m.subject)).toEqual([
    `[Tiếp Dân] ${code}: Đã nhận đơn / Petition received`,
    `[Tiếp Dân] ${code}: Đã thụ lý / Accepted`,
    `[Tiếp Dân] ${code}: Đã có kết quả giải quyết / Answered`,
  ]);
  expect(inbox[1].text).toContain('Công chức Địa chính – Xây dựng phường An Phú');
  expect(inbox[2].text).toContain(ANSWER);
  const link = inbox[2].text.match(/https?:\/\/\S+\/lookup\?code=\S+/)?.[0] ?? '';
  expect(link).toContain(code);

  // Staff see how each notice went on the case page.
  await page.reload();
  await expect(page.getByTestId('citizen-notices')).toContainText('Đã gửi');
  await expect(page.getByTestId('citizen-notices')).toContainText('c***@example.vn');
  await screenshotWhole(page, shot('citizen-case-notices'));

  // From the e-mail's link, on the phone: the code is filled in; the last 4 digits open the answer; one rating.
  await phone.goto(link);
  await expect(phone.getByTestId('lookup-code')).toHaveValue(code);
  await phone.getByTestId('lookup-phone').fill('5678');
  await phone.getByTestId('lookup-submit').click();
  await expect(phone.getByTestId('lookup-status')).toContainText('Đã trả lời công dân');
  await expect(phone.getByTestId('lookup-outcome')).toContainText(ANSWER);
  await phone.getByTestId('rating-star-4').check({ force: true });
  await phone.getByTestId('rating-comment').fill('Xử lý nhanh, cảm ơn cán bộ phường.');
  await screenshotTall(phone, 'citizen-lookup-rate-phone');
  await phone.getByTestId('rating-submit').click();
  await expect(phone.getByTestId('lookup-rated')).toContainText('4/5');
  await phone.getByTestId('lookup-submit').click();
  await expect(phone.getByTestId('lookup-rated')).toContainText('4/5');
  await expect(phone.getByTestId('rating-form')).toHaveCount(0);

  // The ward leader sees the land office's average on the overview.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto('/overview');
  await expect(page.getByTestId('ratings-by-agency')).toContainText('Công chức Địa chính – Xây dựng phường An Phú');
  await expect(page.getByTestId('ratings-by-agency')).toContainText('4');
  await phone.context().close();
});

test('the form on a desktop screen, and its clear errors', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() },
  });
  const page = await context.newPage();
  await page.goto('/gui-don');
  await page.getByTestId('petition-type-denunciation').click();
  await expect(page.getByTestId('petition-sealed-note')).toBeVisible();
  await page.getByTestId('petition-submit').click();
  // Nothing is sent: the fields it needs say so.
  await expect(page.getByTestId('petition-contact-error')).toBeVisible();
  await expect(
    page
      .locator('mat-form-field', {
        has: page.getByTestId('petition-full-name'),
      })
      .locator('mat-error'),
  ).toHaveText('Bắt buộc nhập');
  await expect(page.locator('mat-form-field', { has: page.getByTestId('petition-summary') }).locator('mat-error')).toHaveText(
    'Bắt buộc nhập',
  );
  await page.getByTestId('petition-files').setInputFiles({
    name: 'chuong-trinh.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.from('MZ'),
  });
  await expect(page.getByTestId('petition-file-error')).toContainText('không phải ảnh hoặc PDF');
  await screenshotTall(page, 'citizen-form-desktop');
  await context.close();
});

test('an administrator issues an Open311 app its key, shown once, and revokes it', async ({ page }) => {
  await signIn(page, 'quantri');
  await page.goto('/admin/open311');
  await page.getByTestId('open311-name').fill('Ứng dụng Phản ánh hiện trường Minh An');
  await page.getByTestId('open311-create').click();
  const key = (await page.getByTestId('open311-key').textContent())?.trim() ?? '';
  expect(key).toMatch(/^td311_/);
  const row = page.getByTestId('open311-clients').getByRole('row', { name: /Phản ánh hiện trường Minh An/ });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).not.toContainText(key);
  await screenshotWhole(page, shot('admin-open311'));
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: /Thu hồi khóa/ }).click();
  await expect(row).toContainText('Đã thu hồi');
  await expect(page.getByTestId('open311-issued')).toHaveCount(0);
});
