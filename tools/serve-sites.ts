/**
 * `node tools/serve-sites.ts PORT=DIR[@BASE] …`: serves built sites on 127.0.0.1 for the end-to-end tests, one
 * port each (e.g. `4321=dist-fixture 4322=dist-fixture-atlas@/atlas/`), from one process that starts in well under
 * a second. A folder that is not built yet answers every request with 503 and says which command builds it, so a
 * test run needs only the sites its projects use. Runs until killed.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { serveStatic } from './static-server.ts';

interface Site {
  port: number;
  dir: string;
  base: string;
}

function parseSite(arg: string): Site {
  const m = /^(\d+)=([^@]+)(?:@(\/(?:.*\/)?))?$/.exec(arg);
  if (!m) throw new Error(`expected PORT=DIR or PORT=DIR@/base/, got ${JSON.stringify(arg)}`);
  return { port: Number(m[1]), dir: resolve(m[2]!), base: m[3] ?? '/' };
}

async function main(argv: string[]): Promise<void> {
  const sites = argv.map(parseSite);
  if (sites.length === 0) throw new Error('usage: node tools/serve-sites.ts PORT=DIR[@BASE] …');
  for (const site of sites) {
    if (existsSync(join(site.dir, 'index.html'))) {
      await serveStatic(site.dir, site.port, site.base);
      console.log(`serve-sites: http://127.0.0.1:${site.port}${site.base} → ${site.dir}`);
    } else {
      const message = `${site.dir} is not built: run npm test (or its build step) first\n`;
      await new Promise<void>((done) => createServer((_, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end(message)).listen(site.port, '127.0.0.1', done));
      console.log(`serve-sites: port ${site.port}: ${message.trim()}`);
    }
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
});
