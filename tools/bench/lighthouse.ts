/**
 * Lighthouse scores (performance, accessibility, best practices) for a few pages, with Debian's Chromium
 * launched by chrome-launcher. One page at a time: scores are noisy on a busy machine.
 */
import type { LighthouseScores } from './results.ts';

/** The flags for Chromium headless as root on a small machine. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Audits each `{ page, path }` at `origin`; a failure is reported in the entry, never thrown. */
export async function lighthouseScores(origin: string, pages: readonly { page: string; path: string }[]): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const out: LighthouseScores[] = [];
  for (const { page, path } of pages) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      const categories = result?.lhr.categories;
      const score = (key: string): number | undefined => {
        const s = categories?.[key]?.score;
        return typeof s === 'number' ? Math.round(s * 100) : undefined;
      };
      const runtimeError = result?.lhr.runtimeError?.message;
      const audits = result?.lhr.audits ?? {};
      const metric = (key: string, label: string) => (audits[key]?.displayValue ? `${label} ${audits[key].displayValue}` : undefined);
      const metrics = [
        metric('first-contentful-paint', 'FCP'),
        metric('largest-contentful-paint', 'LCP'),
        metric('total-blocking-time', 'TBT'),
        metric('cumulative-layout-shift', 'CLS'),
        metric('speed-index', 'SI'),
        metric('total-byte-weight', 'weight'),
      ]
        .filter(Boolean)
        .join(', ');
      out.push({
        page,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        ...(metrics ? { metrics } : {}),
        ...(runtimeError ? { error: runtimeError } : {}),
      });
    } catch (err) {
      out.push({ page, path, error: err instanceof Error ? err.message : String(err) });
    } finally {
      await chrome.kill();
    }
  }
  return out;
}
