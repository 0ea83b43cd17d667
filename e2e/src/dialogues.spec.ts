import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { CasePage } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { agencyByCode, apiAuth, switchUser } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';
import { expectAccessible } from './axe';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);
/** Tuesday 1 December 2026, 09:00 in Vietnam. */
const MEETING_DAY = '2026-12-01T02:00:00.000Z';

const setClock = (page: Page, at: string) => setServerClock(page.request, at);
test.afterAll(async ({ request }) => restoreServerClock(request));

test('a team lead records the monthly meeting and turns two of three opinions into cases for the agencies', async ({ page, request }) => {
  test.setTimeout(180_000);
  await setClock(page, MEETING_DAY);
  const admin = await apiAuth(request, 'quantri');
  const landOffice = await agencyByCode(request, admin, 'AP-DC');
  const police = await agencyByCode(request, admin, 'AP-CA');

  await signIn(page, 'totruong.to3');
  await page.goto('/teams');
  await expect(page.getByTestId('page-title')).toHaveText('Tổ dân vận');
  await expect(page.getByTestId('ranking')).toContainText('Tổ dân vận Tổ dân phố 3');
  await page.screenshot({ path: shot('teams-list'), fullPage: true });
  await page.getByTestId('team-list').getByRole('link', { name: 'Tổ dân vận Tổ dân phố 3' }).click();
  await expect(page.getByTestId('page-title')).toHaveText('Tổ dân vận Tổ dân phố 3');
  await expect(page.getByTestId('members')).toContainText('Hoàng Văn Bình');

  // The monthly meeting: attendance, topics, propaganda, and three opinions of residents.
  const form = page.getByTestId('meeting-form');
  await form.getByTestId('meeting-date').fill('2026-12-01');
  await form.getByTestId('meeting-attendance').fill('7');
  await form.getByTestId('meeting-propaganda').fill('2');
  await form.getByTestId('meeting-reached').fill('80');
  await form.getByTestId('meeting-topics').fill('Quán triệt nghị quyết chi bộ tháng 12\nPhòng chống cháy nổ dịp Tết');
  await form.getByTestId('add-opinion').click();
  await form.getByTestId('add-opinion').click();
  const opinions = [
    ['Ông Trần Văn Tư', 'Đèn chiếu sáng ngõ 15 hỏng đã hai tuần'],
    ['Bà Lê Thị Mơ', 'Đề nghị lắp camera an ninh ở bãi đất trống cuối ngõ 9'],
    ['Ông Phạm Văn Đức', 'Đồng tình với chủ trương mở rộng đường'],
  ];
  for (const [i, [who, what]] of opinions.entries()) {
    const row = form.getByTestId(`meeting-opinion-${i + 1}`);
    await row.getByTestId('opinion-raised-by').fill(who);
    await row.getByTestId('opinion-content').fill(what);
  }
  await page.getByTestId('save-meeting').click();
  await expect(page.getByTestId('team-message')).toHaveText('Đã lưu buổi sinh hoạt.');

  // Two of the three become cases in one action: a reflection for the land office, a proposal for the police.
  const meeting = page.getByTestId('meeting-2026-12-01');
  await expect(meeting.getByTestId('opinion-picker').locator('tr')).toHaveCount(3);
  await meeting.getByTestId('pick-1').click();
  await meeting.getByTestId('type-1').selectOption('reflection');
  await meeting.getByTestId('agency-1').selectOption(landOffice.id);
  await meeting.getByTestId('pick-2').click();
  await meeting.getByTestId('agency-2').selectOption(police.id);
  await expect(meeting.getByTestId('create-cases')).toHaveText(/Tạo 2 hồ sơ/);
  await expectAccessible(page, 'a team meeting with opinions picked');
  await meeting.getByTestId('create-cases').click();
  await expect(page.getByTestId('team-message')).toHaveText('Đã tạo 2 hồ sơ, chuyển đến cơ quan xử lý.');
  const links = meeting.getByTestId('opinion-case');
  await expect(links).toHaveCount(2);
  const [reflectionCode, proposalCode] = await links.allInnerTexts();
  expect(reflectionCode).toMatch(/^PA-2026-\d{6}$/);
  expect(proposalCode).toMatch(/^KNG-2026-\d{6}$/);
  await expect(meeting.getByTestId('opinion-row-3').getByTestId('pick-3')).toBeVisible();

  // The scorecard of December counts what was just recorded.
  await page.getByTestId('scorecard-month').fill('2026-12');
  await page.getByTestId('scorecard-month').dispatchEvent('change');
  await expect(page.getByTestId('score-opinions_collected')).toContainText('3');
  await expect(page.getByTestId('score-cases_raised')).toContainText('2');
  await page.screenshot({ path: shot('team-meeting'), fullPage: true });

  // Each case waits in its agency's inbox.
  await switchUser(page, 'chuyenvien.diachinh');
  await page.goto('/inbox');
  await expect(page.locator(`tr[data-case="${reflectionCode}"]`)).toBeVisible();
  await switchUser(page, 'chuyenvien.congan');
  await page.goto('/inbox');
  await expect(page.locator(`tr[data-case="${proposalCode}"]`)).toBeVisible();
  await page.screenshot({ path: shot('team-cases-in-inbox'), fullPage: true });
});

test('a leader records a dialogue with a commitment, which shows as overdue on the overview once its date passes', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await setClock(page, MEETING_DAY);
  const admin = await apiAuth(request, 'quantri');
  const police = await agencyByCode(request, admin, 'AP-CA');

  await signIn(page, 'lanhdao.anphu');
  await page.goto('/dialogues');
  await expect(page.getByTestId('page-title')).toHaveText('Đối thoại, tiếp xúc cử tri');
  await page.getByTestId('new-dialogue').click();
  const form = page.getByTestId('dialogue-form');
  await form.getByTestId('dialogue-title').fill('Đối thoại với Nhân dân Tổ dân phố 3 về an ninh trật tự');
  await form.getByTestId('dialogue-date').fill('2026-12-01');
  await form.getByTestId('dialogue-place').fill('Nhà văn hóa Tổ dân phố 3');
  await page.getByTestId('save-dialogue').click();
  await expect(page.getByTestId('page-title')).toHaveText('Đối thoại với Nhân dân Tổ dân phố 3 về an ninh trật tự');

  // The minutes: what was said, by whom, and the answer given.
  await page.getByTestId('minutes-summary').fill('Hơn 60 hộ dân tham dự; lãnh đạo phường trả lời trực tiếp các ý kiến.');
  const opinion = page.getByTestId('opinion-1');
  await opinion.getByTestId('opinion-raised-by').fill('Bà Lê Thị Mơ');
  await opinion.getByTestId('opinion-content').fill('Thanh niên tụ tập gây ồn ào ban đêm ở bãi đất trống');
  await opinion.getByTestId('opinion-answer').fill('Công an phường sẽ tăng cường tuần tra và lắp camera');
  await page.getByTestId('save-minutes').click();
  await expect(page.getByTestId('dialogue-message')).toHaveText('Đã lưu biên bản.');
  await expect(page.getByTestId('dialogue-status')).toHaveText('Đã tổ chức');

  // The commitment: the police install cameras by 10 December.
  const commitment = page.getByTestId('commitment-form');
  await commitment.getByTestId('commitment-content').fill('Lắp camera an ninh tại bãi đất trống cuối ngõ 9');
  await commitment.getByTestId('commitment-owner').selectOption(police.id);
  await commitment.getByTestId('commitment-due').fill('2026-12-10');
  await page.getByTestId('add-commitment').click();
  await expect(page.getByTestId('dialogue-message')).toHaveText('Đã ghi nhận cam kết, theo dõi như một hồ sơ.');
  const row = page.getByTestId('commitments').locator('tbody tr');
  await expect(row).toContainText('Công an phường An Phú');
  await expect(row.getByTestId('due-badge')).toContainText('Trong hạn');
  await expectAccessible(page, 'a dialogue with its minutes and a commitment');
  const code = (await row.getByRole('link').innerText()).trim();
  await page.screenshot({ path: shot('dialogue-commitment'), fullPage: true });

  // The owner agency finds the commitment among its cases in progress.
  await switchUser(page, 'chuyenvien.congan');
  await page.goto('/inbox?tab=in_progress');
  await expect(page.locator(`tr[data-case="${code}"]`)).toBeVisible();

  // Time passes: 11 December. The scheduler marks the commitment overdue.
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await setClock(page, '2026-12-11T03:00:00.000Z');
  const leader = await apiAuth(request, 'lanhdao.anphu');
  await expect
    .poll(
      async () => {
        const page1 = (await (
          await request.get('/api/cases?overdue=true&type=commitment', {
            headers: leader,
          })
        ).json()) as CasePage;
        return page1.items.map((c) => c.code);
      },
      { timeout: 30_000 },
    )
    .toContain(code);

  // The leader signs in (after the jump) and looks at the overview.
  await signIn(page, 'lanhdao.anphu');
  await expect(page.getByTestId('current-user')).toContainText('Trần Văn Minh');
  await page.goto('/overview');
  await expect(page.getByTestId('kpi-overdue')).toBeVisible();
  await page.getByTestId('kpi-overdue').click();
  await expect(page.getByTestId('drill-cases')).toContainText(code);
  await page.screenshot({
    path: shot('overview-overdue-commitment'),
    fullPage: true,
  });

  // The dialogue says so too.
  await page.goto('/dialogues');
  await expect(page.getByTestId('dialogue-list')).toContainText('1 quá hạn');
  await page
    .getByRole('link', {
      name: 'Đối thoại với Nhân dân Tổ dân phố 3 về an ninh trật tự',
    })
    .click();
  await expect(page.getByTestId('commitments').getByTestId('due-badge')).toContainText('Quá hạn');
  await page.screenshot({ path: shot('dialogue-overdue'), fullPage: true });
});
