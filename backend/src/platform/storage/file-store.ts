import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Plain segments of letters, digits, dots, dashes and underscores, joined by slashes. */
const KEY = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

/**
 * Where the files of every context live (case attachments, a dialogue's signed minutes and photos): bytes under a key
 * the owning context chooses, its row keeping the key and the SHA-256. One implementation today, on disk under
 * `<DATA_DIR>/attachments` (shared storage when several instances run); an object store would implement the same
 * three calls.
 */
export interface FileStore {
  /** Writes the bytes under the key all at once: a reader sees the whole file or none. Overwrites. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under the key; throws FileMissingError when there are none. */
  get(key: string): Promise<Buffer>;
  /** Removes the bytes under the key, if any. */
  remove(key: string): Promise<void>;
}

/** Nest injection token of the app's file store. */
export const FILE_STORE = Symbol('FILE_STORE');

export class FileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No file under ${key}`);
    this.name = 'FileMissingError';
  }
}

/** Files in a folder, each written to a temporary name and renamed into place. */
export class DiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.uploading`;
    await writeFile(temporary, bytes, { mode: 0o640 });
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** A key is a relative path of plain segments: nothing may reach outside the root. */
  private pathOf(key: string): string {
    if (!KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..')) throw new Error(`Invalid file key: ${key}`);
    return join(this.root, ...key.split('/'));
  }
}

/** The app's store: `<DATA_DIR>/attachments`. */
export function fileStoreOf(dataDir: string): FileStore {
  return new DiskFileStore(join(dataDir, 'attachments'));
}
