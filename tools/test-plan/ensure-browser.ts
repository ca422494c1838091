/**
 * Makes sure a Chromium for Playwright is there before the end-to-end tests: CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium. When it is missing and this is a Debian-like machine run as root, it
 * installs the `chromium` package with apt-get (Playwright's own browser download is not available);
 * otherwise it says exactly what to do and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const canApt = !process.env.CHROMIUM_PATH && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (canApt) {
  console.log('ensure-browser: /usr/bin/chromium is missing; installing Debian\'s chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (r.status === 0 && existsSync(path)) process.exit(0);
}
console.error(
  `ensure-browser: no Chromium at ${path}. The end-to-end tests drive a system Chromium:\n` +
    '  Debian/Ubuntu: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chromium or Chrome binary)',
);
process.exit(1);
