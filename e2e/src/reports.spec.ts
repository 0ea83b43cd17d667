import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REPORT_FORMS, REPORT_FORM_SLUGS, type LetterDto, type ReceptionSessionDto, type ReceptionVisitDto } from '@tiep-dan/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { E2E_OUTPUT } from '../playwright.config';
import { agencyByCode, apiAuth } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';

/** The second quarter of 2026 in Xã Nậm Khoa: no other journey writes there, or then. */
const YEAR = '2026';
const QUARTER = 'Quý II';
const OFFICER = 'tiepdan.namkhoa';
const LEADER = 'lanhdao.namkhoa';
const HANDLER = 'chuyenvien.namkhoa';
const SCREENSHOTS = join(E2E_OUTPUT, 'screenshots');

async function call<T>(request: APIRequestContext, username: string, url: string, data: object): Promise<T> {
  const res = await request.post(url, {
    headers: await apiAuth(request, username),
    data,
  });
  expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/**
 * The quarter of the journey: on Monday 6 April a deputy holds the reception day, a visit of two people brings a
 * complaint and a proposal (the complaint assigned, accepted the next day; the proposal answered on the spot) and
 * another visitor is refused; on 10 April a letter signed by three people brings a complaint, accepted on 13 April.
 */
async function quarter(request: APIRequestContext): Promise<void> {
  const landOffice = await agencyByCode(request, await apiAuth(request, 'quantri'), 'NK-DC');
  await setServerClock(request, '2026-04-06T02:00:00.000Z');
  const session = await call<ReceptionSessionDto>(request, OFFICER, '/api/reception/sessions', { kind: 'scheduled', ledBy: 'delegate' });
  const visit = await call<ReceptionVisitDto>(request, OFFICER, `/api/reception/sessions/${session.id}/visits`, {
    citizen: { fullName: 'Vàng A Chứ', phone: '0987654321' },
    groupSize: 2,
    contents: [
      {
        contentType: 'complaint',
        category: 'land',
        summary: 'Khiếu nại thu hồi đất nương (kiểm thử báo cáo)',
      },
      {
        contentType: 'proposal',
        category: 'land',
        summary: 'Kiến nghị mở đường lên bản (kiểm thử báo cáo)',
      },
    ],
  });
  await call(request, OFFICER, `/api/reception/sessions/${session.id}/visits`, {
    citizen: { fullName: 'Người bị từ chối' },
    contents: [],
    refusal: { reason: 'intoxicated' },
  });
  const [complaint, proposal] = visit.cases;
  await call(request, LEADER, `/api/cases/${complaint.id}/events`, {
    type: 'ASSIGN',
    payload: { agencyId: landOffice.id },
  });
  await call(request, LEADER, `/api/cases/${proposal.id}/events`, {
    type: 'ANSWER_ON_SPOT',
    payload: { answer: 'Đã trả lời tại buổi tiếp' },
  });
  await call(request, OFFICER, `/api/reception/sessions/${session.id}/close`, {});
  await setServerClock(request, '2026-04-07T02:00:00.000Z');
  const statutory = complaint.statutoryCase;
  if (!statutory) throw new Error('the desk complaint opened no complaint case');
  await call(request, HANDLER, `/api/cases/${statutory.id}/events`, {
    type: 'TRIAGE_ACCEPT',
    payload: { agencyId: landOffice.id },
  });
  await setServerClock(request, '2026-04-10T02:00:00.000Z');
  const letter = await call<LetterDto>(request, OFFICER, '/api/letters', {
    channel: 'post',
    senders: [{ fullName: 'Thào Văn Lử' }],
    signatoryCount: 3,
    summary: 'Đơn của ba hộ về ranh giới đất (kiểm thử báo cáo)',
    matters: [
      {
        type: 'complaint',
        category: 'land',
        summary: 'Khiếu nại ranh giới đất (kiểm thử báo cáo)',
        leadAgencyId: landOffice.id,
      },
    ],
  });
  await setServerClock(request, '2026-04-13T02:00:00.000Z');
  await call(request, HANDLER, `/api/cases/${letter.matters[0].caseId}/events`, {
    type: 'TRIAGE_ACCEPT',
    payload: { agencyId: landOffice.id },
  });
  await restoreServerClock(request);
}

/** The figures of a form's row on screen, "—" kept as text. */
async function screenRow(page: Page, slug: string, testId: string) {
  const cells = page.getByTestId(`report-table-${slug}`).getByTestId(testId).locator('td.num');
  return (await cells.allTextContents()).map((t) => t.trim());
}

function sheetRow(sheet: Worksheet, first: string): unknown[] {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === first) return (sheet.getRow(r).values as unknown[]).slice(2);
  throw new Error(`no row "${first}"`);
}

test('the leader downloads each form of the quarter in its layout; three totals match their lists on screen', async ({ page, request }) => {
  test.setTimeout(180_000);
  await quarter(request);

  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, LEADER);
  await page.goto('/overview');
  await page.getByTestId('report-year').click();
  await page.getByRole('option', { name: YEAR, exact: true }).click();
  await page.getByTestId('report-period').click();
  await page.getByRole('option', { name: QUARTER, exact: true }).click();
  await expect(page.getByTestId('report-table-01-TCD')).toBeVisible();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.getByTestId('report-tabs').scrollIntoViewIfNeeded();
  await page.screenshot({
    path: join(SCREENSHOTS, 'reports-01-TCD-1366.png'),
  });

  const totals = new Map<string, unknown[]>();
  for (const form of REPORT_FORMS) {
    const slug = REPORT_FORM_SLUGS[form];
    await page.getByRole('tab', { name: form, exact: true }).click();
    const table = page.getByTestId(`report-table-${slug}`);
    await expect(table).toBeVisible();
    const title = (await page.getByRole('tabpanel').getByTestId('report-title').textContent())?.trim();
    const onScreen = await screenRow(page, slug, 'report-total');

    const downloading = page.waitForEvent('download');
    await page.getByTestId(`report-export-${slug}`).click();
    const download = await downloading;
    const file = join(E2E_OUTPUT, 'results', `bieu-${slug}-2026-q2.xlsx`);
    await download.saveAs(file);
    const book = new Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet(`Biểu ${slug}`);
    if (!sheet) throw new Error(`the workbook of ${form} lacks its sheet`);

    // The header: the unit, the form's number, its title as on screen, the period.
    expect(sheet.getCell('A1').value).toBe('XÃ NẬM KHOA');
    expect((sheet.getRow(1).values as unknown[]).includes(`Biểu số: ${form}`)).toBe(true);
    expect(sheet.getCell('A3').value).toBe(title);
    expect(sheet.getCell('A4').value).toBe('Số liệu tính từ ngày 01/04/2026 đến ngày 30/06/2026');
    // The layout: "Đơn vị" and "Ghi chú" merged down every heading row, down to the numbered row (MS).
    let ms = 7;
    while (sheet.getCell(ms, 1).value !== 'MS') ms++;
    const lastCol = sheet.getRow(ms).cellCount;
    expect(sheet.model.merges).toEqual(
      expect.arrayContaining([`A7:A${ms - 1}`, `${sheet.getColumn(lastCol).letter}7:${sheet.getColumn(lastCol).letter}${ms - 1}`]),
    );
    expect(sheet.getCell(7, 1).value).toBe('Đơn vị');
    expect(sheet.getCell(7, lastCol).value).toBe('Ghi chú');
    expect(sheet.getCell(ms, 2).value).toMatch(/^1(=|$)/);
    // The total row is the one on screen, "—" where the system has no data.
    const total = sheetRow(sheet, 'Tổng cộng').slice(0, onScreen.length);
    expect(total.map(String)).toEqual(onScreen);
    totals.set(form, total);
    expect((await page.getByRole('tabpanel').getByTestId('report-missing').count()) > 0 || !onScreen.includes('—')).toBe(true);
  }

  // Three totals against the lists behind them on screen: the matters received at reception (01/TCD column 3), the
  // petitions (01/XLD column 1) and the complaints within competence (01/KQGQ column 4).
  for (const [form, column, expected] of [
    ['01/TCD', 3, 2],
    ['01/XLD', 1, 2],
    ['01/KQGQ', 4, 2],
  ] as const) {
    const slug = REPORT_FORM_SLUGS[form];
    expect(totals.get(form)?.[column - 1]).toBe(expected);
    await page.getByRole('tab', { name: form, exact: true }).click();
    await page.getByTestId(`report-table-${slug}`).getByTestId('report-total').locator(`td[data-column="${column}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/overview/report-items\\?form=${slug}&column=c${column}&`));
    await expect(page.getByTestId('report-items-value')).toHaveText(String(expected));
    await expect(page.getByTestId('report-item')).toHaveCount(expected);
    if (form === '01/XLD') {
      await expect(page.getByTestId('report-items')).toContainText('Đơn của ba hộ về ranh giới đất');
      await page.screenshot({
        path: join(SCREENSHOTS, 'reports-items-1366.png'),
      });
    }
    await page.getByRole('link', { name: 'Về báo cáo' }).click();
    await expect(page.getByRole('tab', { name: form, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  // The refused visit is no visit received: the "Ghi chú" of 01/TCD says so and lists it.
  await page.getByRole('tab', { name: '01/TCD', exact: true }).click();
  const note = page.getByTestId('report-table-01-TCD').getByTestId('report-total').locator('td.notes a');
  await expect(note).toHaveText('Từ chối tiếp: 1 lượt');

  // A phone's width: the table scrolls inside its card.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('report-tabs').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'reports-01-TCD-390.png') });
  await note.click();
  await expect(page.getByTestId('report-item')).toHaveCount(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'reports-items-390.png') });
});

test("the desk opens the officers' regular reception apart from a leader's session", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, OFFICER);
  await page.goto('/reception');
  await expect(page.getByTestId('session-led-by-select')).toBeVisible();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, 'reception-open-kinds.png'),
  });
  await page.getByTestId('open-regular').click();
  await expect(page.getByTestId('session-title')).toContainText('Tiếp thường xuyên');
  // The regular reception has no leader in charge.
  await expect(page.getByTestId('session-led-by')).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('close-session').click();
  await expect(page.getByTestId('carry-over')).toBeVisible();
});
