import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served in-process over the PostgreSQL wire protocol so that TypeORM's
 * ordinary `postgres` driver talks to it exactly as it talks to a real server. Never `typeorm-pglite`: it shares one
 * session between pool checkouts and loses rollbacks (STACK.md).
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lockFile: string | undefined,
    /** postgres:// URL of the socket server on a free loopback port. */
    readonly url: string,
  ) {}

  /**
   * @param dataDir folder holding the database files; `undefined` keeps everything in memory (tests).
   * @param maxConnections must be >= the client pool size, or extra pool connections are reset (STACK.md).
   */
  static async start(dataDir: string | undefined, maxConnections: number): Promise<EmbeddedPostgres> {
    const lockFile = dataDir ? lockDataDir(dataDir) : undefined;
    try {
      const db = await PGlite.create(dataDir ? { dataDir } : {});
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections,
      });
      await server.start();
      return new EmbeddedPostgres(db, server, lockFile, `postgres://postgres@${server.getServerConn()}/postgres`);
    } catch (error) {
      if (lockFile) unlockDataDir(lockFile);
      throw error;
    }
  }

  /** Stops accepting connections, then closes PGlite, which flushes its files to disk. */
  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    if (this.lockFile) unlockDataDir(this.lockFile);
  }
}

/** Thrown when a second process would open the same embedded database: PGlite serves exactly one. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${pid}; to run several instances set DATABASE_URL`);
  }
}

const openInThisProcess = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A pid file beside the database: two processes writing one PGlite folder would corrupt it. */
function lockDataDir(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dirname(dataDir), `${dataDir.split('/').pop()}.lock`);
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    // Our own pid is a live holder only if this process opened the folder (after a restart in a container the new
    // process often gets the same pid as the dead one).
    const heldByUs = holder === process.pid && openInThisProcess.has(lockFile);
    if (heldByUs || (holder && holder !== process.pid && isAlive(holder))) throw new DataDirInUseError(dataDir, holder);
    // A stale lock from a process that died (SIGKILL, power loss): take it over.
    writeFileSync(lockFile, String(process.pid));
  }
  openInThisProcess.add(lockFile);
  return lockFile;
}

function unlockDataDir(lockFile: string): void {
  openInThisProcess.delete(lockFile);
  rmSync(lockFile, { force: true });
}
