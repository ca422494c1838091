/**
 * The Content-Security-Policy check on a built page: exactly one policy `<meta>`, `default-src 'self'`, and no
 * directive that allows inline or evaluated script, any remote origin, or a wildcard. Pure.
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
  return problems;
}
