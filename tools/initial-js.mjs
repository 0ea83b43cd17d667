// The JavaScript a browser must download before the first screen: the scripts and module preloads index.html names,
// measured as sent (brotli, as the server negotiates it; gzip for clients without brotli).
// Usage: node tools/initial-js.mjs [dist/frontend/browser] [--max-kb 250]   (exits 1 above the budget)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The initial files of a built Angular app and their sizes in bytes: raw, brotli (quality 11) and gzip (level 9). */
export function initialJs(dir = 'dist/frontend/browser') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]))];
  let raw = 0;
  let brotli = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, brotli, gzip };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--max-kb');
  const maxKb = at >= 0 ? Number(args[at + 1]) : Infinity;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--max-kb') ?? 'dist/frontend/browser';
  const size = initialJs(dir);
  const kb = (n) => Math.round(n / 102.4) / 10;
  console.log(
    `initial JavaScript: ${size.files.length} files, ${kb(size.raw)} KB raw, ${kb(size.brotli)} KB brotli, ${kb(size.gzip)} KB gzip`,
  );
  // The budget binds what most clients receive: brotli, or gzip where the client has no brotli.
  if (size.gzip / 1024 > maxKb) {
    console.error(`Over budget: the initial JavaScript is ${kb(size.gzip)} KB compressed (gzip), more than ${maxKb} KB.`);
    process.exit(1);
  }
}
