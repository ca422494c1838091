/**
 * A worker thread of src/node/parse-in-workers.ts: parses the server files it is given, as the validator does
 * (src/lib/yaml/parse.ts), and sends back each one's plain value and syntax problems, in the order received.
 */
import { parentPort } from 'node:worker_threads';
import { parsedValue } from './parse-in-workers.ts';

parentPort!.on('message', (files: { file: string; text: string }[]) => {
  parentPort!.postMessage(files.map(({ file, text }) => parsedValue(file, text)));
});
