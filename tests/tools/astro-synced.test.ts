import { describe, expect, it } from 'vitest';
import { astroHasSynced } from '../../tools/astro-synced.ts';

const ESC = '\u001b';

describe('astroHasSynced', () => {
  it('sees a build\'s first [build] line, coloured as Astro writes it in CI', () => {
    // As a clean CI run printed it.
    const line = `${ESC}[2m21:23:55${ESC}[22m ${ESC}[34m[build]${ESC}[39m output: ${ESC}[34m"static"${ESC}[39m\n`;
    expect(astroHasSynced(line)).toBe(true);
    expect(astroHasSynced('21:23:55 [build] output: "static"\n')).toBe(true);
  });

  it('sees a check\'s diagnostics begin', () => {
    expect(astroHasSynced(`${ESC}[2m21:09:13${ESC}[22m ${ESC}[34m[check]${ESC}[39m Getting diagnostics for Astro files in /tmp/x...`)).toBe(true);
  });

  it('does not take the sync itself, nor other lines, for its end', () => {
    expect(astroHasSynced(`${ESC}[2m21:23:51${ESC}[22m ${ESC}[34m[content]${ESC}[39m Syncing content\n`)).toBe(false);
    expect(astroHasSynced(`${ESC}[2m21:23:55${ESC}[22m ${ESC}[34m[types]${ESC}[39m Generated ${ESC}[2m4.99s${ESC}[22m\n`)).toBe(false);
    expect(astroHasSynced('[builder] x')).toBe(false);
  });
});
