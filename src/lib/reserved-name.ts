/**
 * Names reserved for documentation and testing (RFC 2606, RFC 6761): `example.com`, `example.net`, `example.org`
 * and their subdomains, and every name under the top-level `.example`, `.test`, `.invalid` and `.localhost`. No
 * real server has one, so a decision on one (an archive's marker line such as
 * `000this.is.generated.from.overlap.across.trusted.sources.example.com`) stays recorded as listed, but is never
 * counted, drawn or offered as a domain: the atlas leaves it out where decisions enter its derived data.
 */
import type { Decision } from './schema/decision.ts';

/** Top-level domains reserved by RFC 2606 and RFC 6761. */
export const RESERVED_TLDS = ['example', 'invalid', 'localhost', 'test'] as const;

/** Second-level domains reserved for examples by RFC 2606. */
export const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

/** True when `domain` (normal form: lower case, no trailing dot) is a reserved name or under one. */
export function isReservedName(domain: string): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  const labels = d.split('.');
  if ((RESERVED_TLDS as readonly string[]).includes(labels.at(-1)!)) return true;
  return RESERVED_DOMAINS.some((r) => d === r || d.endsWith(`.${r}`));
}

/**
 * Why a name is reserved: `example` (RFC 2606's names for documentation: example.com, .net, .org and `.example`),
 * `test` (for testing), `invalid` (a name that can never exist), `localhost` (the local computer); undefined when
 * the name is not reserved.
 */
export type ReservedReason = 'example' | 'test' | 'invalid' | 'localhost';

/** The reason `domain` is reserved, or undefined when it is not. */
export function reservedReason(domain: string): ReservedReason | undefined {
  if (!isReservedName(domain)) return undefined;
  const tld = domain.toLowerCase().replace(/\.$/, '').split('.').at(-1)!;
  return tld === 'test' || tld === 'invalid' || tld === 'localhost' ? tld : 'example';
}

/** True when a decision's target is a reserved name (an unresolved obfuscated target is not). */
export function actsOnReservedName(decision: Pick<Decision, 'domain'>): boolean {
  return decision.domain !== undefined && isReservedName(decision.domain);
}

/**
 * The servers with their decisions on reserved names left out: what the atlas counts, draws and lists as domains.
 * Servers themselves are kept (a server file is a curated community; its own domain is not checked here).
 */
export function withoutReservedTargets<S extends { blocks: readonly Pick<Decision, 'domain'>[] }>(servers: readonly S[]): S[] {
  return servers.map((s) => (s.blocks.some(actsOnReservedName) ? { ...s, blocks: s.blocks.filter((d) => !actsOnReservedName(d)) } : s));
}

/**
 * Each server's decisions on reserved names, by server domain (servers with none are absent): what the atlas leaves
 * out, kept so a server page can show them as listed but not counted.
 */
export function reservedTargetsOf<D extends Pick<Decision, 'domain'>>(servers: readonly { domain: string; blocks: readonly D[] }[]): Map<string, D[]> {
  const out = new Map<string, D[]>();
  for (const s of servers) {
    const reserved = s.blocks.filter(actsOnReservedName);
    if (reserved.length > 0) out.set(s.domain, reserved);
  }
  return out;
}
