import { expect, test, type Page } from '@playwright/test';
import type { DialogueSummaryDto, TeamSummaryDto } from '@tiep-dan/contracts';
import { expectAccessible } from './axe';
import { agencyByCode, apiAuth, createCase } from './case-fixtures';
import { signIn } from './sign-in';

/** The two sizes the product is used at: an office desktop and a phone in the field. */
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

type Role =
  | 'reception_officer'
  | 'leader'
  | 'agency_handler'
  | 'agency_head'
  | 'mobilization_lead'
  | 'inspector'
  | 'admin';

/**
 * Every route behind the sign-in and who may open it (as in frontend/src/app/shell/nav-items.ts); absent: everyone
 * signed in. The public routes (/login, /lookup, an unknown address) are the same page for everyone: they are checked
 * signed out, and each role's own shell on every route below.
 */
const ROUTES: [route: string, roles?: Role[]][] = [
  ['/'],
  ['/reception', ['reception_officer', 'leader']],
  [
    '/letters',
    ['reception_officer', 'leader', 'agency_head', 'agency_handler'],
  ],
  ['/inbox', ['agency_handler', 'agency_head']],
  ['/overview', ['leader', 'inspector']],
  ['/overview/cases?open=true', ['leader', 'inspector']],
  [
    '/dialogues',
    ['leader', 'agency_head', 'agency_handler', 'reception_officer'],
  ],
  [
    '/dialogues/:dialogue',
    ['leader', 'agency_head', 'agency_handler', 'reception_officer'],
  ],
  ['/teams', ['mobilization_lead', 'leader']],
  ['/teams/:team', ['mobilization_lead', 'leader']],
  ['/admin/agencies', ['admin']],
  ['/admin/neighbourhoods', ['admin']],
  ['/admin/users', ['admin']],
  ['/admin/audit', ['admin']],
  // The case is An Phú's: the province's people and its own see it, the others get the not-found view.
  ['/cases/:case'],
];

/** One demo account of the README per role; the inspector is the province's, so its overview covers every commune. */
const ACCOUNTS: [username: string, role: Role][] = [
  ['tiepdan.anphu', 'reception_officer'],
  ['lanhdao.anphu', 'leader'],
  ['chuyenvien.diachinh', 'agency_handler'],
  ['truong.diachinh', 'agency_head'],
  ['totruong.to3', 'mobilization_lead'],
  ['thanhtra.tinh', 'inspector'],
  ['quantri', 'admin'],
];

/** Waits until the screen has its heading and no request is in flight (the shell's progress bar is gone). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('.progress mat-progress-bar')).toHaveCount(0);
}

/** Checks the screen at the size the page has, then at the other one (one load for both). */
async function checkBothSizes(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const size = page.viewportSize()?.width === PHONE.width ? 'phone' : 'desk';
    await settled(page);
    await expectAccessible(page, `${label} (${size})`);
    if (i === 0) await page.setViewportSize(size === 'phone' ? DESK : PHONE);
  }
}

const ids: Record<string, string> = {};

test.beforeAll(async ({ request }) => {
  const landOffice = await agencyByCode(
    request,
    await apiAuth(request, 'quantri'),
    'AP-DC',
  );
  const created = await createCase(request, 'tiepdan.anphu', {
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary: 'Đề nghị sửa đèn đường (kiểm thử trợ năng)',
    leadAgencyId: landOffice.id,
    petitioner: { fullName: 'Trần Thị Lan' },
  });
  ids['case'] = created.id;
  const leader = await apiAuth(request, 'lanhdao.anphu');
  const dialogues = (await (
    await request.get('/api/dialogues', { headers: leader })
  ).json()) as DialogueSummaryDto[];
  const teams = (await (
    await request.get('/api/teams', { headers: leader })
  ).json()) as TeamSummaryDto[];
  expect(dialogues.length).toBeGreaterThan(0);
  expect(teams.length).toBeGreaterThan(0);
  ids['dialogue'] = dialogues[0].id;
  ids['team'] = teams[0].id;
});

const resolve = (route: string) =>
  route.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);

test('the public pages pass axe at desk and phone sizes, with the menu open on the phone', async ({
  page,
}) => {
  await page.setViewportSize(DESK);
  for (const route of ['/login', '/lookup', '/no-such-page']) {
    await page.goto(route);
    await checkBothSizes(page, `${route} signed out`);
  }
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: 'Mở/đóng danh mục' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expectAccessible(page, 'the navigation drawer (phone)');
});

for (const [username, role] of ACCOUNTS) {
  test(`every screen of ${username} (${role}) passes axe at desk and phone sizes`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(DESK);
    await signIn(page, username);
    for (const [route, roles] of ROUTES) {
      if (roles && !roles.includes(role)) continue;
      await page.goto(resolve(route));
      await checkBothSizes(page, `${route} as ${username}`);
    }
  });
}
