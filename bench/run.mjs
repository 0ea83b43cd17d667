// Runs every benchmark in bench/src (*.bench.ts), or only those whose name contains the given words.
// Usage: npm run bench [-- NAME ...]. Each benchmark prints one line `BENCH <name> value=<n> unit=<u> ...`.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(join(here, 'src'))
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const chosen = wanted.length ? all.filter((f) => wanted.some((w) => f.includes(w))) : all;
if (chosen.length === 0) {
  console.error(`No benchmark matches ${wanted.join(' ')}. Available: ${all.map((f) => f.replace('.bench.ts', '')).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of chosen) {
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, ['--require', '@swc-node/register', join(here, 'src', file)], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: join(here, 'tsconfig.json'), NODE_ENV: 'production' },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
