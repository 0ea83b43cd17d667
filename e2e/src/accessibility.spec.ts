import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { DialogueSummaryDto, TeamSummaryDto } from '@tiep-dan/contracts';
import { E2E_OUTPUT } from '../playwright.config';
import { expectAccessible } from './axe';
import { agencyByCode, apiAuth, createCase } from './case-fixtures';
import { signIn } from './sign-in';

/** The two sizes the product is used at: an office desktop and a phone in the field. */
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

type Role = 'reception_officer' | 'leader' | 'agency_handler' | 'agency_head' | 'mobilization_lead' | 'inspector' | 'admin';

/**
 * Every route behind the sign-in and who may open it (as in frontend/src/app/shell/nav-items.ts); absent: everyone
 * signed in. The public routes (/login, /lookup, an unknown address) are the same page for everyone: they are checked
 * signed out, and each role's own shell on every route below.
 */
const ROUTES: [route: string, roles?: Role[]][] = [
  ['/'],
  ['/reception', ['reception_officer', 'leader']],
  ['/letters', ['reception_officer', 'leader', 'agency_head', 'agency_handler']],
  ['/inbox', ['agency_handler', 'agency_head', 'leader']],
  ['/overview', ['leader', 'inspector']],
  ['/overview/cases?open=true', ['leader', 'inspector']],
  ['/dialogues', ['leader', 'agency_head', 'agency_handler', 'reception_officer']],
  ['/dialogues/:dialogue', ['leader', 'agency_head', 'agency_handler', 'reception_officer']],
  ['/teams', ['mobilization_lead', 'leader']],
  ['/teams/:team', ['mobilization_lead', 'leader']],
  ['/admin/agencies', ['admin']],
  ['/admin/neighbourhoods', ['admin']],
  ['/admin/users', ['admin']],
  ['/admin/open311', ['admin']],
  ['/admin/audit', ['admin']],
  ['/bloc/plan', ['leader', 'agency_head', 'inspector']],
  ['/bloc/sentiment', ['leader', 'agency_head', 'inspector']],
  ['/bloc/oversight', ['leader', 'agency_head', 'inspector']],
  ['/bloc/practices', ['leader', 'agency_head', 'inspector']],
  ['/bloc/reviews', ['leader', 'agency_head', 'inspector']],
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

/**
 * Text a user cannot read whole: a label, button or heading cut by its box (ellipsis or hidden overflow). Tables that
 * scroll sideways on purpose are not clipping; their cells are skipped.
 */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = 'mat-label, label, button, a, h1, h2, h3, h4, .mat-mdc-chip, .chip, mat-card-title, mat-card-subtitle, th, p';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (!el.offsetParent || el.closest('.scroll-region, [appScrollRegion], td, .cdk-visually-hidden, mat-option')) continue;
      const style = getComputedStyle(el);
      const cuts = style.overflowX === 'hidden' || style.textOverflow === 'ellipsis' || style.overflow === 'hidden';
      if (cuts && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim())
        found.push(`${el.tagName.toLowerCase()}: "${(el.textContent ?? '').trim().slice(0, 60)}"`);
    }
    return found;
  });
}

/** A file name for a screen's picture: `leader--overview-cases--phone.png`. */
const shotName = (label: string, size: string) => `${label.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}--${size}.png`;

/**
 * Checks the screen at the size the page has, then at the other one (one load for both): axe, no clipped text, and a
 * full-page picture in test-output/e2e/screenshots/screens/ to look at.
 */
async function checkBothSizes(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const size = page.viewportSize()?.width === PHONE.width ? 'phone' : 'desk';
    await settled(page);
    await expectAccessible(page, `${label} (${size})`);
    expect(await clippedTexts(page), `clipped text on ${label} (${size})`).toEqual([]);
    await page.screenshot({
      path: join(E2E_OUTPUT, 'screenshots', 'screens', shotName(label, size)),
      fullPage: true,
    });
    if (i === 0) await page.setViewportSize(size === 'phone' ? DESK : PHONE);
  }
}

const ids: Record<string, string> = {};

test.beforeAll(async ({ request }) => {
  const landOffice = await agencyByCode(request, await apiAuth(request, 'quantri'), 'AP-DC');
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
  const dialogues = (await (await request.get('/api/dialogues', { headers: leader })).json()) as DialogueSummaryDto[];
  const teams = (await (await request.get('/api/teams', { headers: leader })).json()) as TeamSummaryDto[];
  expect(dialogues.length).toBeGreaterThan(0);
  expect(teams.length).toBeGreaterThan(0);
  ids['dialogue'] = dialogues[0].id;
  ids['team'] = teams[0].id;
});

const resolve = (route: string) => route.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);

test('the public pages pass axe at desk and phone sizes, with the menu open on the phone', async ({ page }) => {
  await page.setViewportSize(DESK);
  for (const route of ['/login', '/lookup', '/gui-don', '/no-such-page']) {
    await page.goto(route);
    await checkBothSizes(page, `${route} signed out`);
  }
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: 'Mở/đóng danh mục' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expectAccessible(page, 'the navigation drawer (phone)');
});

for (const [username, role] of ACCOUNTS) {
  test(`every screen of ${username} (${role}) passes axe at desk and phone sizes`, async ({ page }) => {
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
