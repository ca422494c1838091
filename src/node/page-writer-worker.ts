/**
 * The thread of src/node/pages-after-build.ts that writes pages: it is sent batches of pages (a file's absolute path
 * and its text), writes each one straight from its string, making folders as needed, and answers each batch with how
 * many characters it wrote, or with the error that stopped it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

const made = new Set<string>();

parentPort!.on('message', (batch: [path: string, text: string][]) => {
  let at = '';
  try {
    let chars = 0;
    for (const [path, text] of batch) {
      at = path;
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(path, text);
      chars += text.length;
    }
    parentPort!.postMessage({ chars });
  } catch (err) {
    parentPort!.postMessage({ error: `${at}: ${err instanceof Error ? err.message : String(err)}` });
  }
});
