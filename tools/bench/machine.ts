/** The machine the bench runs on: CPU, cores, memory, OS, Node and Chromium versions. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, release, totalmem, type } from 'node:os';
import { promisify } from 'node:util';
import { UNUSED_BROWSER_UI } from '../chromium-flags.ts';

/** The machine's facts (the load is sampled separately, during the builds). */
export async function machineFacts(): Promise<{ cpu: string; cores: number; memoryBytes: number; node: string; chromium: string; chromiumDisabled: string[]; os: string }> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const chromium = await promisify(execFile)(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'])
    .then((r) => r.stdout.trim())
    .catch(() => 'unknown');
  return { cpu, cores: cpus().length, memoryBytes: totalmem(), node: process.version, chromium, chromiumDisabled: [...UNUSED_BROWSER_UI], os: `${type()} ${release()}` };
}
