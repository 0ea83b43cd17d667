import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CaseDetailDto, CasePage } from '@tiep-dan/contracts';
import { agencyByCode, apiAuth, createCase } from './case-fixtures';
import { signIn } from './sign-in';

export const LAND_OFFICE = 'Công chức Địa chính – Xây dựng phường An Phú';
const DAY = 86_400_000;

/**
 * A complaint the An Phú land office has let run out: received 40 days ago, long past the 7 working days it had to
 * accept it (Luật Khiếu nại Art. 27). Returns once the scheduler has marked it overdue (within a few seconds).
 */
export async function overdueLandOfficeComplaint(request: APIRequestContext, summary: string, petitioner: string): Promise<CaseDetailDto> {
  const landOffice = await agencyByCode(request, await apiAuth(request, 'quantri'), 'AP-DC');
  const created = await createCase(request, 'tiepdan.anphu', {
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary,
    leadAgencyId: landOffice.id,
    receivedAt: new Date(Date.now() - 40 * DAY).toISOString(),
    petitioner: { fullName: petitioner },
  });
  await waitUntilOverdue(request, landOffice.id, [created.id]);
  return created;
}

/** Waits until the scheduler has marked these cases of the agency overdue, as the An Phú leader's case list shows them. */
export async function waitUntilOverdue(request: APIRequestContext, agencyId: string, caseIds: readonly string[]): Promise<void> {
  const leader = await apiAuth(request, 'lanhdao.anphu');
  await expect
    .poll(
      async () => {
        const res = await request.get('/api/cases', {
          headers: leader,
          params: { leadAgencyId: agencyId, overdue: 'true', open: 'true', limit: '200' },
        });
        const page = (await res.json()) as CasePage;
        return caseIds.every((id) => page.items.some((i) => i.id === id));
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The An Phú leader, from the overview, opens the land office's overdue cases. */
export async function openLandOfficeOverdueList(page: Page): Promise<void> {
  await signIn(page, 'lanhdao.anphu');
  await page.goto('/overview');
  await page.getByTestId('agency-row').filter({ hasText: LAND_OFFICE }).getByTestId('agency-overdue').click();
  await expect(page).toHaveURL(/overdue=true/);
}
