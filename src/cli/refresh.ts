/**
 * `npm run refresh -- [DOMAIN…] [options]`: reads the curated servers' public block lists from the live fediverse
 * and merges them into data/servers/. A thin shell: src/node/refresh/command.ts does the work with the real
 * network, clock and timers given here. `--help` lists the options.
 */
import { refreshCommand } from '../node/refresh/command.ts';

refreshCommand(process.argv.slice(2), {
  fetch: globalThis.fetch,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
