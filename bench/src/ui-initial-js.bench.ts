// The JavaScript the first screen needs, as the server sends it (brotli; gzip beside it), from the production build.
// Builds the frontend first when there is no build. Target (issue "The screens as their users live in them"): under
// 250 KB compressed; `nx run frontend:bundle-size` fails the build above it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchLine } from './report';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist', 'frontend', 'browser');

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    execSync('npx nx run frontend:build:production', { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  }
  const { initialJs } = (await import(join(root, 'tools', 'initial-js.mjs'))) as {
    initialJs(dir: string): { files: string[]; raw: number; brotli: number; gzip: number };
  };
  const size = initialJs(dist);
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  console.log(`${size.files.length} initial files: ${kb(size.raw)} KB raw, ${kb(size.gzip)} KB gzip`);
  console.log(`${benchLine('ui-initial-js', kb(size.brotli), 'KB')} gzip=${kb(size.gzip)} raw=${kb(size.raw)} files=${size.files.length}`);
}

void main();
