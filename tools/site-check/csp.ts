/**
 * The Content-Security-Policy check on a built page: exactly one policy `<meta>`, `default-src 'self'`, no
 * directive that allows inline or evaluated script, any remote origin, or a wildcard, and nothing in the page's own
 * markup that its policy refuses (an inline script or stylesheet, a `style` attribute, where no hash allows it). Pure.
 */
import type { HtmlElement } from './html.ts';

/** Sources that defeat the policy's purpose on any directive. */
const FORBIDDEN_SOURCE = /^(https?:|wss?:|\*|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval')|\*/;

/** Parses a policy into directives: name → sources, in order. Later duplicates are ignored, as browsers do. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with a page's policy, in words; empty when it is strict enough. */
export function cspProblems(elements: readonly HtmlElement[]): string[] {
  const metas = elements.filter((e) => e.tag === 'meta' && (e.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`expected one Content-Security-Policy <meta>, found ${metas.length}`];
  const directives = parsePolicy(metas[0]!.attrs.content ?? '');
  const problems: string[] = [];
  if ((directives.get('default-src') ?? []).join(' ') !== "'self'") problems.push("default-src is not 'self'");
  if (!directives.has('script-src')) problems.push('no script-src directive');
  for (const [name, sources] of directives) {
    for (const source of sources) if (FORBIDDEN_SOURCE.test(source)) problems.push(`${name} allows ${source}`);
  }
  return [...problems, ...refusedInline(elements, directives)];
}

/** Script types a browser does not run: data blocks, which no policy governs. */
const DATA_SCRIPT = /^(application|text)\/(ld\+)?json$/i;

/**
 * The page's own inline scripts and styles its policy refuses: with no hash or nonce on `script-src` (`style-src`),
 * falling back to `default-src` as browsers do, every `<script>` without `src` that a browser would run (every
 * `<style>`, every `style` attribute) is refused, and the page would break where the build wrote it.
 */
function refusedInline(elements: readonly HtmlElement[], directives: ReadonlyMap<string, string[]>): string[] {
  const hashed = (name: string) => (directives.get(name) ?? directives.get('default-src') ?? []).some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
  const problems: string[] = [];
  if (!hashed('script-src')) {
    const inline = elements.filter((e) => e.tag === 'script' && e.attrs.src === undefined && !DATA_SCRIPT.test(e.attrs.type ?? '')).length;
    if (inline > 0) problems.push(`${inline} inline script${inline === 1 ? '' : 's'}, refused by script-src (no hash allows them)`);
  }
  if (!hashed('style-src')) {
    const styles = elements.filter((e) => e.tag === 'style').length;
    if (styles > 0) problems.push(`${styles} inline stylesheet${styles === 1 ? '' : 's'} (<style>), refused by style-src (no hash allows them)`);
    const attributes = elements.filter((e) => e.attrs.style !== undefined).length;
    if (attributes > 0) problems.push(`${attributes} style attribute${attributes === 1 ? '' : 's'}, refused by style-src`);
  }
  return problems;
}
