import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CaseDetailDto, PeriodReportDto } from '@tiep-dan/contracts';
import { Workbook } from 'exceljs';
import { E2E_OUTPUT } from '../playwright.config';
import { agencyByCode, apiAuth, createCase } from './case-fixtures';
import { waitUntilOverdue } from './overdue-fixtures';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

const LAND_OFFICE = 'Công chức Địa chính – Xây dựng phường An Phú';
const DAY = 86_400_000;

/** The quarter (year, 1–4) of an instant in Vietnam time. */
function vnQuarter(at: Date): { year: number; quarter: number } {
  const vn = new Date(at.getTime() + 7 * 3_600_000);
  return {
    year: vn.getUTCFullYear(),
    quarter: Math.floor(vn.getUTCMonth() / 3) + 1,
  };
}

async function appNow(request: APIRequestContext): Promise<Date> {
  const res = await request.get('/api/testing/clock');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { now?: string; at?: string };
  return new Date(body.now ?? body.at ?? Date.now());
}

test('a commune leader drills from an agency overdue count to its cases and exports the quarterly report', async ({ page, request }) => {
  test.setTimeout(120_000);
  // Three complaints received 40 days ago (their 10-working-day triage deadline long passed), one received today.
  const now = await appNow(request);
  const landOffice = await agencyByCode(request, await apiAuth(request, 'quantri'), 'AP-DC');
  const police = await agencyByCode(request, await apiAuth(request, 'quantri'), 'AP-CA');
  const long = new Date(now.getTime() - 40 * DAY);
  // The quarter of today: the old complaints are carried over into it or received in it.
  const { year, quarter } = vnQuarter(now);
  const created: CaseDetailDto[] = [];
  for (const [agency, receivedAt, summary] of [
    [landOffice.id, long, 'Tranh chấp ranh giới đất tổ 3 (kiểm thử tổng quan)'],
    [landOffice.id, long, 'Lấn chiếm lối đi chung (kiểm thử tổng quan)'],
    [police.id, long, 'Tiếng ồn quán karaoke (kiểm thử tổng quan)'],
    [landOffice.id, now, 'Cấp giấy chứng nhận chậm (kiểm thử tổng quan)'],
  ] as const) {
    created.push(
      await createCase(request, 'tiepdan.anphu', {
        type: 'complaint',
        channel: 'post',
        category: 'land',
        summary,
        leadAgencyId: agency,
        receivedAt: receivedAt.toISOString(),
        petitioner: { fullName: 'Lê Thị Hoa' },
      }),
    );
  }
  const leader = await apiAuth(request, 'lanhdao.anphu');
  // The scheduler marks the passed deadlines within a few seconds.
  await waitUntilOverdue(
    request,
    landOffice.id,
    created.slice(0, 2).map((c) => c.id),
  );

  // Tall enough for the whole overview in one screenshot.
  await page.setViewportSize({ width: 1440, height: 2300 });
  await signIn(page, 'lanhdao.anphu');
  await page.getByRole('navigation').getByText('Tổng quan lãnh đạo').click();
  await expect(page).toHaveURL(/\/overview$/);
  const row = page.getByTestId('agency-row').filter({ hasText: LAND_OFFICE });
  await expect(row).toBeVisible();
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
  // The trend's figures as a table (its text alternative), opened.
  await page.getByTestId('trend-table').locator('summary').click();
  await expect(page.getByTestId('trend-table').locator('table')).toBeVisible();
  await expectAccessible(page, 'the overview with its trend table open');
  mkdirSync(join(E2E_OUTPUT, 'screenshots'), { recursive: true });
  await page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', 'overview-commune-leader.png'),
    fullPage: true,
  });

  const overdueLink = row.getByTestId('agency-overdue');
  const overdue = Number(await overdueLink.textContent());
  expect(overdue).toBeGreaterThanOrEqual(2);
  await overdueLink.click();
  await expect(page).toHaveURL(new RegExp(`/overview/cases\\?.*leadAgencyId=${landOffice.id}`));
  await expect(page).toHaveURL(/overdue=true/);
  const rows = page.getByTestId('drill-row');
  await expect(rows).toHaveCount(Math.min(overdue, 50));
  for (const c of created.slice(0, 2)) await expect(page.getByTestId('drill-cases')).toContainText(c.code);
  // Not the police complaint, nor the one still on time.
  await expect(page.getByTestId('drill-cases')).not.toContainText(created[2].code);
  await expect(page.getByTestId('drill-cases')).not.toContainText(created[3].code);
  for (const text of await rows.allTextContents()) expect(text).toContain(LAND_OFFICE);
  await expectAccessible(page, 'the drill-down list');
  await page.screenshot({
    path: join(E2E_OUTPUT, 'screenshots', 'overview-drill-down.png'),
  });

  // Back to the overview: the quarterly report in Excel.
  await page.getByRole('link', { name: 'Về tổng quan' }).click();
  await page.getByTestId('report-year').click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await page.getByTestId('report-period').click();
  await page
    .getByRole('option', {
      name: `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}`,
      exact: true,
    })
    .click();
  await expect(page.getByTestId('report-table-01-TCD')).toBeVisible();
  await page.getByRole('tab', { name: '01/XLD', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-export-01-XLD').click();
  const download = await downloading;
  const file = join(E2E_OUTPUT, 'results', `overview-report-${year}-q${quarter}.xlsx`);
  await download.saveAs(file);

  const book = new Workbook();
  await book.xlsx.readFile(file);
  const from = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
  const report = (await (
    await request.get('/api/dashboard/reports', {
      headers: leader,
      params: { from, to },
    })
  ).json()) as PeriodReportDto;
  const expected = report.tables.find((t) => t.form === '01/XLD');
  const xld = book.getWorksheet('Biểu 01-XLD');
  if (!xld || !expected) throw new Error('the workbook lacks the form sheet');
  expect(xld.getCell('A1').value).toBe('PHƯỜNG AN PHÚ');
  expect(xld.getCell('A3').value).toBe('TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN');
  expect(xld.getCell('B7').value).toBe('Tổng số đơn');
  expect(xld.getCell('C7').value).toBe('Kỳ trước chuyển sang');
  // Headings on rows 7–9, the numbered row on 10, An Phú on 11, the total on 12.
  expect(xld.getCell('A10').value).toBe('MS');
  expect(xld.getCell('A11').value).toBe('Phường An Phú');
  const letters = expected.rows[0];
  expect((xld.getRow(11).values as unknown[]).slice(2, 28)).toEqual(expected.columns.map((c) => letters.values[c.key] ?? '—'));
  // The quarter holds at least the complaints made above: received in it or carried over into it.
  const cell = (no: number) => Number(xld.getRow(11).getCell(1 + no).value);
  expect(cell(1)).toBeGreaterThanOrEqual(created.length);
  expect(cell(1)).toBe(cell(2) + cell(3) + cell(5) + cell(6));
  expect(xld.getCell('A12').value).toBe('Tổng cộng');
});
