import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Separate backend processes of the built app (dist/backend/main.js), as deployed: the multi-instance tests run several
 * against one PostgreSQL, directly or through pgbouncer.
 */
export const ROOT = join(__dirname, '..', '..', '..');
const BUILT_APP = join(ROOT, 'dist', 'backend', 'main.js');

export interface Instance {
  name: string;
  port: number;
  process: ChildProcess;
  exited: Promise<NodeJS.Signals | number | null>;
  output: string[];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function json<T>(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** `postgres://…/db` with `application_name=tiepdan-<name>`: how the tests tell the instances apart in pg_stat_activity. */
export function namedUrl(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', `tiepdan-${name}`);
  return url.toString();
}

export class BackendProcesses {
  readonly instances: Instance[] = [];
  // Shared secrets: tokens signed by one instance are accepted by the others, as in any multi-instance deployment.
  private readonly secrets = {
    AUTH_SECRET: randomBytes(48).toString('base64url'),
    IDENTITY_KEY: randomBytes(32).toString('base64'),
  };

  private constructor(
    private readonly app: string,
    private readonly appDir: string,
    private readonly workDir: string,
  ) {}

  /**
   * A private copy of the built app: another build rewriting dist/ while the test runs must not change the code under
   * test. It stays inside the repository so that node_modules resolves as for dist/.
   */
  static prepare(label: string): BackendProcesses {
    if (!existsSync(BUILT_APP))
      throw new Error(`${BUILT_APP} is missing: build the backend first (nx run backend:int-test depends on backend:build)`);
    const appDir = join(ROOT, 'test-output', `${label}-${process.pid}`);
    mkdirSync(appDir, { recursive: true });
    const app = join(appDir, 'main.js');
    copyFileSync(BUILT_APP, app);
    return new BackendProcesses(app, appDir, mkdtempSync(join(tmpdir(), `tiepdan-${label}-`)));
  }

  /** Starts one instance with the test settings plus `env` (DATABASE_URL at least) and waits until it is healthy. */
  async start(name: string, env: Record<string, string>): Promise<Instance> {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(process.execPath, [this.app], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: mkdtempSync(join(this.workDir, `${name}-`)),
        FRONTEND_DIR: join(this.workDir, 'no-frontend'),
        SCHEDULER_ENABLED: 'true',
        LOG_LEVEL: 'warn',
        ...this.secrets,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const instance: Instance = { name, port, process: child, exited, output };
    this.instances.push(instance);
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) throw new Error(`${name} exited during start:\n${output.join('')}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return instance;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${name} did not become healthy:\n${output.join('')}`);
  }

  /** Stops every instance still running (SIGTERM, then waits up to 10 s) and removes their folders. */
  async dispose(): Promise<void> {
    for (const i of this.instances) if (i.process.exitCode === null && i.process.signalCode === null) i.process.kill('SIGTERM');
    await Promise.all(this.instances.map((i) => Promise.race([i.exited, sleep(10_000)])));
    rmSync(this.workDir, { recursive: true, force: true });
    rmSync(this.appDir, { recursive: true, force: true });
  }
}
