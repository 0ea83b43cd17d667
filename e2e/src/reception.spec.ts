import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { E2E_OUTPUT } from '../playwright.config';
import type { CaseAttachmentDto, CasePage } from '@tiep-dan/contracts';
import { apiAuth } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

// pdf-parse's library entry (its index runs a self-test without a parent module); pdf.js ships inside it.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;
const PDF_JS = require.resolve('pdf-parse/lib/pdf.js/v1.10.100/build/pdf.js');
const PDF_WORKER_JS = require.resolve('pdf-parse/lib/pdf.js/v1.10.100/build/pdf.worker.js');
const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', name);

/** Monday 1 March 2027, 08:30 in Vietnam: a regular reception day. */
const MONDAY = '2027-03-01T01:30:00.000Z';

/** The case codes shown after a visit is saved. */
async function savedCodes(page: Page, seq: number): Promise<string[]> {
  const saved = page.getByTestId('visit-saved');
  await expect(saved).toContainText(`Đã ghi lượt tiếp số ${seq}`);
  await expect(saved).toContainText('TD-2027-');
  return (await saved.textContent())?.match(/TD-\d{4}-\d{6}/g) ?? [];
}

/** Draws page 1 of a PDF with pdf.js in the browser, so the receipt can be looked at in a screenshot. */
async function renderPdf(page: Page, pdf: Buffer): Promise<void> {
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.setContent(
    '<html><body style="margin:0;background:#888"><canvas id="c" style="display:block;margin:0 auto"></canvas></body></html>',
  );
  // The worker runs in the page (a "fake worker"): its script is loaded first, the worker URL is a no-op.
  await page.addScriptTag({ content: readFileSync(PDF_WORKER_JS, 'utf8') });
  await page.addScriptTag({ content: readFileSync(PDF_JS, 'utf8') });
  await page.evaluate(async (base64) => {
    const lib = (
      window as unknown as {
        PDFJS: {
          disableWorker: boolean;
          workerSrc: string;
          getDocument(src: unknown): Promise<PdfDoc>;
        };
      }
    ).PDFJS;
    interface PdfDoc {
      getPage(n: number): Promise<{
        getViewport(scale: number): { width: number; height: number };
        render(args: unknown): Promise<void>;
      }>;
    }
    lib.disableWorker = true;
    lib.workerSrc = 'data:application/javascript,';
    const data = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const doc = await lib.getDocument({ data });
    const first = await doc.getPage(1);
    const viewport = first.getViewport(1.6);
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvasContext: canvas.getContext('2d'), viewport });
  }, pdf.toString('base64'));
}

test.afterAll(async ({ request }) => restoreServerClock(request));

test('the Monday desk: visits, a duplicate warning, directions, a receipt and the carry-over', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  await setServerClock(request, MONDAY);
  await signIn(page, 'tiepdan.anphu');
  await page.goto('/reception');
  await expect(page.getByTestId('reception-day')).toHaveText('Hôm nay là ngày tiếp công dân định kỳ.');
  await expectAccessible(page, 'the desk before the session opens');
  await page.getByTestId('open-session').click();
  await expect(page.getByTestId('session-title')).toHaveText('Buổi tiếp 01/03/2027');

  // 1. A simple visit, keyboard only, counted from the empty form (the name field has the focus).
  await expect(page.getByTestId('visit-name')).toBeFocused();
  let actions = 0;
  const type = async (text: string) => {
    await page.keyboard.type(text);
    actions++;
  };
  const press = async (key: string) => {
    await page.keyboard.press(key);
    actions++;
  };
  await type('Nguyễn Văn Bình');
  await press('Tab');
  await type('001200012345');
  await press('Tab');
  await type('0912345678');
  await press('Tab');
  await press('p'); // Loại nội dung: Phản ánh
  await press('Tab');
  await press('m'); // Lĩnh vực: Môi trường
  await press('Tab');
  await type('Xưởng gỗ gây tiếng ồn và bụi ban đêm');
  await press('Control+Enter');
  const [single] = await savedCodes(page, 1);
  // The measured figure is `npm run bench -- desk-keystrokes`; this journey only keeps the desk within 12 actions.
  console.log(`desk actions for one visit: ${actions}`);
  expect(actions).toBeLessThanOrEqual(12);
  await expect(page.getByTestId(`case-${single}`)).toContainText('Phản ánh');
  await expect(page.getByTestId('visit-name')).toBeFocused();

  // 2. A group visit of 12 people with 3 representatives.
  await page.getByTestId('visit-name').fill('Lê Thị Cúc');
  await page.getByTestId('visit-id-number').fill('001200011111');
  await page.getByTestId('visit-phone').fill('0901111111');
  await page.getByTestId('matter-type-0').selectOption('proposal');
  await page.getByTestId('matter-category-0').selectOption('site_clearance');
  await page.getByTestId('matter-summary-0').fill('Đề nghị xem xét lại đơn giá bồi thường dự án mở rộng đường');
  await page.getByTestId('visit-group-size').fill('12');
  await page.getByTestId('add-representative').click();
  await page.getByTestId('add-representative').click();
  const reps: [string, string, string][] = [
    ['Lê Thị Cúc', '001200011111', '0901111111'],
    ['Phạm Văn Dũng', '001200022222', '0902222222'],
    ['Hoàng Văn Em', '001200033333', '0903333333'],
  ];
  for (const [i, [name, id, phone]] of reps.entries()) {
    await page.getByTestId(`rep-name-${i}`).fill(name);
    await page.getByTestId(`rep-id-${i}`).fill(id);
    await page.getByTestId(`rep-phone-${i}`).fill(phone);
  }
  // The petition they brought, scanned: attached to the visit's case.
  await page.getByTestId('visit-files').setInputFiles({
    name: 'Đơn đề nghị.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\nĐơn đề nghị của 12 hộ dân\n%%EOF\n'),
  });
  await page.getByTestId('visit-save').click();
  const [group] = await savedCodes(page, 2);
  await expect(page.getByTestId('visit-2')).toContainText('Đoàn 12 người');
  const officerApi = await apiAuth(request, 'tiepdan.anphu');
  const found = (await (
    await request.get('/api/cases', {
      headers: officerApi,
      params: { q: 'đơn giá bồi thường' },
    })
  ).json()) as CasePage;
  const groupCase = found.items.find((c) => c.code === group);
  expect(groupCase).toBeDefined();
  await expect
    .poll(async () => {
      const files = (await (
        await request.get(`/api/cases/${groupCase?.id}/attachments`, {
          headers: officerApi,
        })
      ).json()) as CaseAttachmentDto[];
      return files.map((f) => f.fileName);
    })
    .toEqual(['Đơn đề nghị.pdf']);

  // 3. The first citizen comes back with mixed content: a duplicate warning, then two cases in one go.
  await page.getByTestId('visit-name').fill('Nguyễn Văn Bình');
  await page.getByTestId('visit-id-number').fill('001200012345');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(single);
  await expect(warning).toContainText('Cùng số CCCD');
  await page.getByTestId('visit-phone').fill('0912345678');
  await page.getByTestId('matter-type-0').selectOption('complaint');
  await page.getByTestId('matter-category-0').selectOption('land');
  await page.getByTestId('matter-summary-0').fill('Khiếu nại quyết định xử phạt về đất đai');
  await page.getByTestId('matter-summary-0').press('Alt+n');
  await expect(page.getByTestId('matter-type-1')).toBeFocused();
  await page.getByTestId('matter-type-1').selectOption('denunciation');
  await page.getByTestId('matter-category-1').selectOption('construction');
  await page.getByTestId('matter-summary-1').fill('Tố cáo cán bộ làm ngơ công trình xây dựng trái phép');
  await warning.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'the desk warning of a repeat, two matters');
  await page.screenshot({
    path: shot('reception-desk-duplicate.png'),
    fullPage: true,
  });
  await page.getByTestId('visit-save').click();
  const [complaint, denunciation] = await savedCodes(page, 3);
  expect(denunciation).toBeTruthy();
  await expect(page.getByTestId('visit-3')).toContainText('Khiếu nại');
  await expect(page.getByTestId('visit-3')).toContainText('Tố cáo');
  await page.screenshot({ path: shot('reception-desk.png'), fullPage: true });

  // 4. The leader on duty gives the directions, through the case machine.
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await signIn(leader, 'lanhdao.anphu');
  await leader.goto('/reception');
  const direct = leader.getByTestId(`direction-${single}`);
  await expect(direct).toBeVisible();
  await expectAccessible(leader, 'the desk as the leader, with directions');
  await direct.getByTestId('direction-text').fill('Đã yêu cầu chủ xưởng dừng hoạt động sau 22 giờ');
  await direct.getByTestId('direction-save').click();
  await direct.getByTestId('direction-confirm-yes').click();
  await expect(leader.getByTestId(`case-${single}`)).toContainText('Trả lời trực tiếp: Đã yêu cầu chủ xưởng');
  const assign = leader.getByTestId(`direction-${group}`);
  await assign.getByTestId('direction-kind').selectOption('assign');
  await assign.getByTestId('direction-agency').selectOption({ label: 'Công chức Địa chính – Xây dựng phường An Phú' });
  await assign.getByTestId('direction-due').fill('2027-03-10');
  await assign.getByTestId('direction-text').fill('Rà soát đơn giá bồi thường');
  await assign.getByTestId('direction-save').click();
  await assign.getByTestId('direction-confirm-yes').click();
  await expect(leader.getByTestId(`case-${group}`)).toContainText('Giao Công chức Địa chính – Xây dựng phường An Phú, hạn 10/03/2027');
  const guide = leader.getByTestId(`direction-${complaint}`);
  await guide.getByTestId('direction-kind').selectOption('guide');
  await guide.getByTestId('direction-text').fill('Tòa án nhân dân khu vực');
  await guide.getByTestId('direction-save').click();
  await guide.getByTestId('direction-confirm-yes').click();
  await expect(leader.getByTestId(`case-${complaint}`)).toContainText('Đã hướng dẫn');
  await leaderContext.close();

  // 5. The officer prints the receipt of the group visit; its text is checked.
  await page.reload();
  await expect(page.getByTestId(`case-${group}`)).toContainText('Đã giao cơ quan xử lý');
  const downloading = page.waitForEvent('download');
  await page.getByTestId(`case-${group}`).getByTestId('receipt').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`phieu-tiep-nhan-${group}.pdf`);
  const pdf = readFileSync(await download.path());
  const text = (await pdfParse(pdf)).text.normalize('NFC').replace(/\s+/g, ' ');
  expect(text).toContain('PHIẾU TIẾP NHẬN');
  expect(text).toContain(group);
  expect(text).toContain('Ngày tiếp: 01/03/2027');
  expect(text).toContain('Đề nghị xem xét lại đơn giá bồi thường');
  // 10 working days from Monday 1 March 2027.
  expect(text).toContain('Hạn trả lời: 15/03/2027');
  expect(text).toContain('Công chức Địa chính – Xây dựng phường An Phú');
  expect(text).toContain('4 số cuối số điện thoại');

  // 6. Closing the session lists what carries over to next Monday.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('close-session').click();
  const carry = page.getByTestId('carry-over');
  await expect(carry).toContainText('Đã kết thúc buổi tiếp 01/03/2027');
  await expect(carry).toContainText('Chuyển sang buổi tiếp 08/03/2027');
  const carried = page.getByTestId('carry-over-list').locator('li');
  await expect(carried).toHaveCount(2);
  await expect(page.getByTestId('carry-over-list')).toContainText(group);
  await expect(page.getByTestId('carry-over-list')).toContainText(denunciation);
  await expectAccessible(page, 'the carry-over after closing the session');
  await page.screenshot({
    path: shot('reception-carry-over.png'),
    fullPage: true,
  });

  // The register of the day as a period export (form 03/TCD): every visit logged this morning is a row.
  await page.getByTestId('register-from').fill('2027-03-01');
  await page.getByTestId('register-to').fill('2027-03-01');
  const [registerDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-register-period').click()]);
  expect(registerDownload.suggestedFilename()).toBe('so-tiep-cong-dan-2027-03-01-2027-03-01.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await registerDownload.path());
  const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])));
  expect(cells.join('\n')).toContain('Mẫu số 03/TCD');
  expect(cells.join('\n')).toContain('Lê Thị Cúc');

  // The regular reception day can be changed from the desk; the form starts from the current schedule.
  await page.getByTestId('edit-schedule').click();
  await expect(page.getByTestId('schedule-place')).toHaveValue('Trụ sở Phường An Phú');
  await expect(page.getByTestId('schedule-leaders')).toHaveValue(/Trần Văn Minh/);
  await page.getByTestId('schedule-form').screenshot({ path: shot('reception-schedule-form.png') });
  await expectAccessible(page, 'the reception schedule form');
  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByTestId('schedule-form')).toHaveCount(0);

  // 7. The citizen looks the case up without signing in: status and due date, nothing personal.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto('/lookup');
  await citizen.getByTestId('lookup-code').fill(group);
  await citizen.getByTestId('lookup-phone').fill('1111');
  await citizen.getByTestId('lookup-submit').click();
  await expect(citizen.getByTestId('lookup-status')).toHaveText('Đã giao cơ quan xử lý');
  await expect(citizen.getByTestId('lookup-due')).toHaveText('15/03/2027');
  await expect(citizen.getByTestId('lookup-result')).not.toContainText('Lê Thị Cúc');
  await expectAccessible(citizen, 'a lookup result');
  await citizen.getByTestId('lookup-phone').fill('0000');
  await citizen.getByTestId('lookup-submit').click();
  await expect(citizen.getByTestId('lookup-error')).toContainText('Không tìm thấy');
  await expectAccessible(citizen, 'a lookup refused');

  await citizenContext.close();

  // The receipt, drawn by pdf.js on a blank page (the app's CSP rightly forbids inline scripts), for a look.
  const viewerContext = await browser.newContext({ bypassCSP: true });
  const viewer = await viewerContext.newPage();
  await renderPdf(viewer, pdf);
  await viewer.screenshot({
    path: shot('reception-receipt.png'),
    fullPage: true,
  });
  await viewerContext.close();
});
