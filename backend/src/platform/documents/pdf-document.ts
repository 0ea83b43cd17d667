import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';

/**
 * Server-side PDF rendering with pdfmake 0.2 and the Roboto it bundles, shared by every document the app prints
 * (reception receipts and registers, statutory notices of a case, bloc reviews and sentiment reports).
 *
 * Rendering is synchronous CPU work (pdfkit parses the four fonts for every document: ~60 ms a receipt, README
 * "Profiles"), so it runs on a small pool of worker threads (Piscina, a maintained pool: queueing, idle shutdown and
 * worker restarts are its, not ours) and the event loop keeps serving the desk's other requests meanwhile. The worker
 * is `pdf-worker.cjs`, plain CommonJS beside this file in the source tree and beside `main.js` in the build (the
 * webpack config copies it). A build without it fails at the first document with a message naming the file: the
 * e2e journeys print receipts from the built app, so such a build does not pass the suite.
 */

const WORKER_FILE = join(__dirname, 'pdf-worker.cjs');

let pool: Piscina | undefined;

/** The pool, created at the first document. */
function workers(): Piscina {
  if (!pool) {
    if (!existsSync(WORKER_FILE)) throw new Error(`The PDF worker ${WORKER_FILE} is missing from this build`);
    pool = new Piscina({
      filename: WORKER_FILE,
      // No thread until a document is asked for; one core is left to the event loop.
      minThreads: 0,
      maxThreads: Math.max(1, availableParallelism() - 1),
      idleTimeout: 30_000,
    });
  }
  return pool;
}

/** Renders a pdfmake document definition (use the font 'Roboto') to the bytes of a PDF. */
export async function renderPdf(definition: object): Promise<Buffer> {
  const bytes = (await workers().run(definition)) as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Stops the worker threads (at shutdown); a later document starts a new pool. */
export async function closePdfWorkers(): Promise<void> {
  const threads = pool;
  pool = undefined;
  if (threads) await threads.destroy();
}
