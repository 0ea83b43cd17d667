// How many non-text key presses the desk needs for one ordinary visit: a citizen with a name, ID number and phone, one
// proposal, saved and its receipt printed. Text typed into fields is not counted; Tab, Enter, Ctrl+Enter, Alt+P are.
// Target (issue "The screens as their users live in them"): 8 or fewer. Drives the built app in Debian's Chromium.
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { VN_TIME_ZONE } from '@tiep-dan/workflows';
import { benchLine } from './report';

const root = join(__dirname, '..', '..');
const MONDAY = '2027-03-01T01:30:00.000Z';
const PASSWORD = 'TiepDan@2026';
/** Debian's Chromium, headless, with the flags this machine needs (e2e/browser.ts has the same for the journeys). */
const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUp(base: string, app: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the app did not start in 120 s');
}

/** The keyboard as the officer uses it, counting the presses that are not text. */
class CountingKeyboard {
  presses = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.presses++;
    await this.page.keyboard.press(key);
    const focused = await this.page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '',
    );
    this.log.push(`${key}→${focused}`);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'backend', 'main.js')) || !existsSync(join(root, 'dist', 'frontend', 'browser', 'index.html')))
    execSync('npx nx run-many -t build -p backend frontend', { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-keys-'));
  const app = spawn(process.execPath, [join(root, 'dist', 'backend', 'main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      TESTING_CLOCK: 'true',
      DEMO_CASES: 'false',
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    await waitUp(base, app);
    // The clock on a Monday (an administrator moves it), so today's session can be opened.
    const admin = (await (
      await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quantri', password: PASSWORD }),
      })
    ).json()) as { accessToken: string };
    const clock = await fetch(`${base}/api/testing/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({ at: MONDAY }),
    });
    if (!clock.ok) throw new Error(`clock: ${clock.status}`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: VN_TIME_ZONE });
    // Setting up the day is not part of the visit: sign in and open the session.
    await page.goto(`${base}/login`);
    await page.getByTestId('login-username').fill('tiepdan.anphu');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${base}/reception`);
    await page.getByTestId('open-session').click();
    await page.getByTestId('session-title').waitFor();
    await page.getByTestId('visit-name').waitFor();
    if (!(await page.getByTestId('visit-name').evaluate((el) => el === document.activeElement)))
      throw new Error('the name field does not have the focus when the session opens');

    // One ordinary visit, from the keyboard only.
    const keys = new CountingKeyboard(page);
    await keys.type('Nguyễn Văn Thường');
    await keys.press('Tab');
    await keys.type('001085004321');
    await keys.press('Tab');
    await keys.type('0913004321');
    await keys.press('Tab');
    await keys.type('Ki'); // the kind of petition, chosen by typing the start of its name in the list (Kiến nghị)
    await keys.press('Tab');
    await keys.type('M'); // the field (Môi trường)
    await keys.press('Tab');
    await keys.type('Đề nghị xử lý bãi rác tự phát cạnh chợ An Phú');
    await keys.press('Control+Enter');
    const saved = page.getByTestId('visit-saved');
    await saved.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
      console.log(keys.log.join(' '));
      await page.screenshot({ path: join(root, 'test-output', 'desk-keystrokes-failed.png'), fullPage: true });
      throw error;
    });
    const text = (await saved.textContent()) ?? '';
    if (!/Đã ghi lượt tiếp số 1/.test(text) || !/TD-\d{4}-\d{6}/.test(text)) throw new Error(`not saved: ${text}`);
    const line = (await page.getByTestId('visit-1').textContent()) ?? '';
    if (!line.includes('Kiến nghị')) throw new Error(`the matter was not logged as a proposal: ${line}`);
    await keys.press('Alt+P');
    await page.getByTestId('receipt-print-frame').waitFor({ state: 'attached' });
    if (!(await page.getByTestId('visit-name').evaluate((el) => el === document.activeElement)))
      throw new Error('the name field does not have the focus for the next citizen');

    console.log(`keys: ${keys.log.join(' ')}`);
    console.log(`${benchLine('desk-keystrokes', keys.presses, 'keys')} target=8`);
    if (keys.presses > 8) process.exitCode = 1;
  } finally {
    await browser.close();
    app.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
