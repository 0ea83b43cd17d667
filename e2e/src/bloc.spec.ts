import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { NeighbourhoodDto, TeamDetailDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { apiAuth, createCase, screenshotWhole, switchUser } from './case-fixtures';
import { restoreServerClock, setServerClock } from './clock';
import { signIn } from './sign-in';

const shot = (name: string) => join(E2E_OUTPUT, 'screenshots', `${name}.png`);
/** Tuesday 6 October 2026, 09:00 in Vietnam: September is over, and the team of Tổ dân phố 1 did not meet in it. */
const OCTOBER = '2026-10-06T02:00:00.000Z';
const TEAM = 'Tổ dân vận Tổ dân phố 1';
const MODEL = 'Ngõ sáng, ngõ xanh';

test.afterAll(async ({ request }) => restoreServerClock(request));

/** The screen at phone size too (390 × 844), then back. */
async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  // The navigation drawer closes on a narrow screen: let it finish.
  await page.waitForTimeout(600);
  await page.screenshot({ path: shot(`${name}-phone`) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('the bloc’s year: the plan, a missed month flagged and inspected, a model recognised, the quarter’s report', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await setServerClock(request, OCTOBER);
  // A team of Tổ dân phố 1 since August: it met in August, not in September. A petition about land came in today.
  const admin = await apiAuth(request, 'quantri');
  const tdp1 = ((await (await request.get('/api/neighbourhoods', { headers: admin })).json()) as NeighbourhoodDto[]).find(
    (n) => n.name === 'Tổ dân phố 1',
  ) as NeighbourhoodDto;
  const leader = await apiAuth(request, 'lanhdao.anphu');
  const team = (await (
    await request.post('/api/teams', {
      headers: leader,
      data: {
        neighbourhoodId: tdp1.id,
        name: TEAM,
        termStart: '2026-08-01',
        members: [
          {
            fullName: 'Đỗ Thị Mai',
            role: 'team_lead',
            termStart: '2026-08-01',
          },
        ],
      },
    })
  ).json()) as TeamDetailDto;
  const august = await request.post(`/api/teams/${team.id}/meetings`, {
    headers: leader,
    data: {
      date: '2026-08-05',
      attendance: 5,
      topics: ['Sinh hoạt tháng 8'],
      opinions: [],
    },
  });
  expect(august.status()).toBe(201);
  await createCase(request, 'tiepdan.anphu', {
    type: 'proposal',
    channel: 'reception',
    category: 'land',
    summary: 'Đề nghị xác định lại mốc giới lối đi chung ngõ 4',
    neighbourhoodId: tdp1.id,
  });

  // The bloc's head sets the year's plan: a task tied to the Party committee's resolution, owned by a member.
  await signIn(page, 'lanhdao.anphu');
  await page.goto('/bloc');
  await expect(page.getByTestId('page-title')).toHaveText('Khối dân vận');
  await expect(page.getByTestId('bloc-summary')).toContainText('Trưởng khối: Trần Văn Minh');
  await expect(page.getByTestId('bloc-members')).toContainText('Phạm Thị Hoa');
  await page.getByTestId('plan-year').fill('2026');
  await page.getByTestId('plan-year').dispatchEvent('change');
  const planForm = page.getByTestId('plan-form');
  await planForm.getByTestId('resolution-reference').fill('05-NQ/ĐU');
  await planForm.getByTestId('resolution-title').fill('Nghị quyết Đảng ủy phường về nhiệm vụ năm 2026');
  await planForm.getByTestId('create-plan').click();
  await expect(page.getByTestId('bloc-message')).toHaveText('Đã ban hành kế hoạch.');
  const taskForm = page.getByTestId('task-form');
  await taskForm.getByTestId('task-content').fill('Vận động nhân dân hiến đất mở rộng đường Bến Đá');
  await taskForm.getByTestId('task-resolution').selectOption({ label: '05-NQ/ĐU' });
  await taskForm.getByTestId('task-owner').selectOption({ label: 'Phạm Thị Hoa' });
  await taskForm.getByTestId('task-due').fill('2026-12-15');
  await taskForm.getByTestId('add-task').click();
  const task = page.locator('tr[data-task="Vận động nhân dân hiến đất mở rộng đường Bến Đá"]');
  await expect(task).toContainText('05-NQ/ĐU');
  await expect(task).toContainText('Phạm Thị Hoa');
  await expect(task).toContainText('Chưa triển khai');
  await screenshotWhole(page, shot('bloc-plan'));
  await phoneShot(page, 'bloc-plan');

  // September passed without a meeting: the overview flags the team.
  await page.goto('/overview');
  const watch = page.getByTestId('bloc-watch');
  await expect(watch.getByTestId('watch-flagged')).toContainText(TEAM);
  await expect(watch.getByTestId('watch-flagged')).toContainText('09/2026');
  await watch.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('bloc-overview-flag') });

  // The province's inspector visits and records what was found.
  await switchUser(page, 'thanhtra.tinh');
  await page.goto('/bloc');
  await page.getByTestId('bloc-commune').selectOption({ label: 'Phường An Phú' });
  await page.getByTestId('bloc-tab-oversight').click();
  const flagged = page.locator(`[data-team="${TEAM}"]`);
  await expect(flagged).toContainText('09/2026');
  await flagged.getByTestId('inspect-team').click();
  const visit = page.getByTestId('inspection-form');
  await expect(visit.getByTestId('inspection-month')).toHaveValue('2026-09');
  await visit.getByTestId('inspection-date').fill('2026-10-06');
  await visit.getByTestId('inspection-findings').fill('Tổ chưa sinh hoạt tháng 9 do tổ trưởng đi vắng; đã nhắc tổ họp ngay trong tháng 10');
  await visit.getByTestId('save-inspection').click();
  await expect(page.getByTestId('bloc-message')).toHaveText('Đã ghi nhận kết quả kiểm tra.');
  await expect(page.getByTestId('inspections')).toContainText('Tổ chưa sinh hoạt tháng 9');
  await expect(flagged).toContainText('Kiểm tra ngày 06/10/2026 (Bùi Thị Thu)');
  await screenshotWhole(page, shot('bloc-oversight'));
  await phoneShot(page, 'bloc-oversight');

  // The team meets in October (an opinion about land), which clears the flag.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto(`/teams/${team.id}`);
  const meeting = page.getByTestId('meeting-form');
  await meeting.getByTestId('meeting-date').fill('2026-10-06');
  await meeting.getByTestId('meeting-attendance').fill('5');
  const opinion = meeting.getByTestId('meeting-opinion-1');
  await opinion.getByTestId('opinion-content').fill('Hai hộ tranh chấp lối đi chung ngõ 4');
  await opinion.locator('select').selectOption('land');
  await page.getByTestId('save-meeting').click();
  await expect(page.getByTestId('team-message')).toHaveText('Đã lưu buổi sinh hoạt.');
  await page.goto('/overview');
  await expect(page.getByTestId('watch-flagged')).not.toContainText(TEAM);

  // A member of the bloc nominates a "Dân vận khéo" model, and reports her task done.
  await switchUser(page, 'truong.diachinh');
  await page.goto('/bloc/practices');
  const nominate = page.getByTestId('nominate-form');
  await nominate.getByTestId('practice-title').fill(MODEL);
  await nominate.getByTestId('practice-owner').fill('Chi hội Phụ nữ Tổ dân phố 3');
  await nominate.getByTestId('practice-description').fill('Vận động các hộ góp công lắp đèn, trồng cây xanh trong ngõ');
  await nominate.getByTestId('practice-results').fill('120 hộ tham gia; 1,2 km ngõ có đèn chiếu sáng');
  await nominate.getByTestId('nominate').click();
  const model = page.locator(`[data-practice="${MODEL}"]`);
  await expect(model.getByTestId('practice-status')).toHaveText('Đề xuất');
  await page.getByTestId('bloc-tab-plan').click();
  await page.getByTestId('plan-year').fill('2026');
  await page.getByTestId('plan-year').dispatchEvent('change');
  await task.getByTestId('task-done').click();
  await expect(task).toContainText('Đã hoàn thành');

  // The head reviews it and recognises it at the commune level: it enters the year's register.
  await switchUser(page, 'lanhdao.anphu');
  await page.goto('/bloc/practices');
  await model.getByTestId('review-note').fill('Cách làm hiệu quả, dễ nhân rộng');
  await model.getByTestId('endorse').click();
  await expect(model.getByTestId('practice-status')).toHaveText('Khối đã thẩm định, đề nghị công nhận');
  await model.getByTestId('decision').fill('Quyết định số 45/QĐ-UBND');
  await model.getByTestId('recognise').click();
  await expect(model.getByTestId('practice-status')).toHaveText('Đã công nhận · Cấp xã');
  await screenshotWhole(page, shot('bloc-practices'));
  await page.goto('/teams');
  await expect(page.getByTestId('practice-register')).toContainText(MODEL);

  // What people think this quarter: a field survey notes a tension; the report lists each channel and forecasts.
  await page.goto('/bloc/sentiment');
  const note = page.getByTestId('note-form');
  await note.getByTestId('note-channel').selectOption('field_survey');
  await note.getByTestId('note-date').fill('2026-10-06');
  await note.getByTestId('note-place').selectOption({ label: 'Tổ dân phố 1' });
  await note.getByTestId('note-category').selectOption('land');
  await note.getByTestId('note-level').selectOption('tension');
  await note.getByTestId('note-content').fill('Nhiều hộ bức xúc vì lối đi chung ngõ 4 bị lấn chiếm');
  await note.getByTestId('save-note').click();
  await expect(page.getByTestId('bloc-message')).toHaveText('Đã ghi nhận.');
  await page.getByTestId('report-year').fill('2026');
  await page.getByTestId('report-year').dispatchEvent('change');
  await page.getByTestId('report-quarter').selectOption({ label: '4' });
  // Every channel the articles name has its row; what came in today shows in its own (other journeys add theirs).
  const channels = page.getByTestId('report-channels');
  await expect(channels.locator('tbody tr')).toHaveCount(10);
  const items = (channel: string) => channels.locator(`[data-channel="${channel}"] td`).nth(2);
  await expect(channels.locator('[data-channel="field_survey"]')).toContainText('Nhiều hộ bức xúc vì lối đi chung ngõ 4 bị lấn chiếm');
  await expect(channels.locator('[data-channel="voter_contact"]')).toContainText('Tiếp xúc cử tri');
  for (const channel of ['field_survey', 'mobilization_team', 'petitions']) await expect(items(channel)).not.toHaveText('0');
  const tension = page.getByTestId('report-tensions').locator('li', { hasText: 'Tổ dân phố 1' });
  await expect(tension).toContainText('Nguy cơ thành điểm nóng');
  await expect(tension).toContainText('Đất đai');
  await expect(tension).toContainText('1 ghi nhận có dấu hiệu căng thẳng');
  const download = page.waitForEvent('download');
  await page.getByTestId('report-pdf').click();
  expect((await download).suggestedFilename()).toBe('bao-cao-tinh-hinh-nhan-dan-quy-4-2026.pdf');
  await screenshotWhole(page, shot('bloc-sentiment'));
  await phoneShot(page, 'bloc-sentiment');

  // Each member evaluated against the criteria: the task Phạm Thị Hoa reported done ahead of time counts for her.
  await page.getByTestId('bloc-tab-reviews').click();
  await expect(page.getByTestId('evaluations').locator('tr', { hasText: 'Phạm Thị Hoa' })).toContainText('1/1 · 40');
  await screenshotWhole(page, shot('bloc-reviews'));
});
