import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskFileStore, FileMissingError } from './file-store';

describe('DiskFileStore', () => {
  let root: string;
  let store: DiskFileStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'file-store-'));
    store = new DiskFileStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps bytes under a nested key, overwrites, and removes', async () => {
    await store.put('dialogues/2026/d1/f1', Buffer.from('biên bản'));
    expect((await store.get('dialogues/2026/d1/f1')).toString()).toBe('biên bản');
    await store.put('dialogues/2026/d1/f1', Buffer.from('v2'));
    expect((await store.get('dialogues/2026/d1/f1')).toString()).toBe('v2');
    // No temporary file is left beside it.
    expect(readdirSync(join(root, 'dialogues/2026/d1'))).toEqual(['f1']);
    await store.remove('dialogues/2026/d1/f1');
    await expect(store.get('dialogues/2026/d1/f1')).rejects.toBeInstanceOf(FileMissingError);
    await store.remove('dialogues/2026/d1/f1');
  });

  it.each(['../outside', 'a/../../outside', '/etc/passwd', '', 'a//b'])('refuses the key %p', async (key) => {
    await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid file key/);
  });
});
