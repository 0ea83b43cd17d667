import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './browser';

const root = join(__dirname, '..');
const port = Number(process.env['E2E_PORT'] ?? 3210);
export const E2E_OUTPUT = join(root, 'test-output', 'e2e');
const dataDir = join(E2E_OUTPUT, 'data');
/** The in-process mail server of the citizen journey (citizen-online.spec.ts) listens here; the app sends to it. */
export const E2E_SMTP_PORT = port + 1000;

/** Journeys in real Chromium against the built app (`npm start`'s single process) on a fresh embedded database. */
export default defineConfig({
  testDir: join(__dirname, 'src'),
  outputDir: join(E2E_OUTPUT, 'results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `rm -rf "${dataDir}" && node dist/backend/main.js`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      TESTING_CLOCK: 'true',
      // The journeys count the cases they create: the demo organisation and accounts, but no demo cases.
      DEMO_CASES: 'false',
      // The journeys give each sign-in its own X-Forwarded-For (see sign-in.ts); only the local caller is believed.
      TRUST_PROXY: 'loopback',
      // Citizens' notices go to the journey's own mail server; links in them point back at this server.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      SMTP_FROM: 'Tiếp Dân An Phú <tiepdan@anphu.example.vn>',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // The form's proof of work, light enough for a fast journey (16 bits in production).
      PETITION_POW_BITS: '10',
    },
  },
});
