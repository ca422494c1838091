/** Invariants of the reach model, checked on random synthetic communities with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithin } from '../../../src/lib/domain.ts';
import { reach } from '../../../src/lib/reach/reach.ts';
import { KNOWN_STATES, REACH_STATES } from '../../../src/lib/reach/state.ts';
import { askedArb, communityArb, dayArb, decisionArb, DOMAIN_POOL } from './helpers.ts';
import { canAndMust, dayNumber, meant, oracle } from '../../shared/reach-oracle.ts';

const RUNS = { numRuns: 400 };

describe('reach: properties', () => {
  it('every community, domain and day gets exactly one state, consistent with the states still possible', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, (c, d, t) => {
        const r = reach(c, d, t);
        expect(REACH_STATES).toContain(r.state);
        expect(r.possible.length).toBeGreaterThan(0);
        // possible is a subset of the known states, in display order, without repeats
        expect(KNOWN_STATES.filter((s) => r.possible.includes(s))).toEqual([...r.possible]);
        if (r.possible.length === 1) expect(r.state).toBe(r.possible[0]);
        else expect(r.state).toBe('unknown');
        // a decision is named exactly when one decided it or made it uncertain
        expect(r.decision !== undefined).toBe(r.reason === 'decision' || r.reason === 'uncertain-decision');
        if (r.state === 'suspends') expect(r.decision?.severity).toBe('suspend');
        if (r.state === 'limits') expect(r.decision?.severity).toBe('silence');
        if (r.decision) expect(isWithin(d, r.decision.domain!)).toBe(true);
      }),
      RUNS,
    );
  });

  it('agrees with a possible-worlds oracle written from the rules', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, (c, d, t) => {
        const expected = oracle(c, d, t);
        if (expected === undefined) return; // the data contradicts itself that day (the validator rejects it)
        expect(reach(c, d, t).possible).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('an unknown or partial list never yields reaches', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, fc.constantFrom('partial' as const, 'unknown' as const), (c, d, t, status) => {
        const r = reach({ ...c, blocklist: { ...c.blocklist, status } }, d, t);
        expect(r.state).not.toBe('reaches');
        expect(r.possible.length === 1 && r.possible[0] === 'reaches').toBe(false);
      }),
      RUNS,
    );
  });

  it('reaches only from a published list\'s earliest reading on, and never with a covering decision possibly in force', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, (c, d, t) => {
        if (reach(c, d, t).state !== 'reaches') return;
        expect(c.blocklist.status).toBe('published');
        expect(c.blocklist.evidence).toBeDefined();
        const readings = [c.blocklist.evidence!.retrieved, ...c.blocks.filter((b) => b.evidence?.kind === 'block-list').map((b) => b.evidence!.retrieved)];
        expect(readings.some((r) => r <= t && r <= c.blocklist.evidence!.retrieved)).toBe(true);
        for (const dec of c.blocks) if (dec.domain !== undefined && isWithin(d, dec.domain)) expect(canAndMust(dec, dayNumber(t)).can).toBe(false);
      }),
      RUNS,
    );
  });

  it('adding a decision (without evidence of its own) never turns a non-reach into reaches', () => {
    fc.assert(
      fc.property(communityArb, decisionArb, askedArb, dayArb, (c, added, d, t) => {
        const { evidence: _, ...bare } = added;
        const before = reach(c, d, t);
        const after = reach({ ...c, blocks: [...c.blocks, bare] }, d, t);
        if (before.state !== 'reaches') expect(after.state).not.toBe('reaches');
      }),
      RUNS,
    );
  });

  it('adding a decision surely in force on the day, on the domain asked about, decides it', () => {
    fc.assert(
      fc.property(communityArb, fc.constantFrom('silence' as const, 'suspend' as const), askedArb, dayArb, (c, severity, d, t) => {
        fc.pre(!c.blocks.some((b) => b.domain === d)); // one decision at a time on a domain
        const r = reach({ ...c, blocks: [...c.blocks, { domain: d, severity, since: t }] }, d, t);
        expect(r.state).toBe(severity === 'suspend' ? 'suspends' : 'limits');
        expect(r.decision?.domain).toBe(d);
      }),
      RUNS,
    );
  });

  it('the order of the decisions in the file does not matter', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, fc.infiniteStream(fc.nat()), (c, d, t, keys) => {
        const it = keys[Symbol.iterator]();
        const shuffled = c.blocks.map((b) => [it.next().value as number, b] as const).sort((a, b) => a[0] - b[0]).map(([, b]) => b);
        expect(reach({ ...c, blocks: shuffled }, d, t)).toEqual(reach(c, d, t));
      }),
      RUNS,
    );
  });

  it('a decision on a domain never changes the answer for a domain outside it (notx.example is not within x.example)', () => {
    fc.assert(
      fc.property(communityArb, decisionArb, askedArb, dayArb, (c, added, d, t) => {
        const { evidence: _, ...bare } = added;
        fc.pre(bare.domain !== undefined && !isWithin(d, bare.domain));
        expect(reach({ ...c, blocks: [...c.blocks, bare] }, d, t)).toEqual(reach(c, d, t));
      }),
      RUNS,
    );
  });

  it('a lifted decision stops counting: once surely lifted, removing it changes nothing', () => {
    fc.assert(
      fc.property(communityArb, decisionArb, askedArb, dayArb, (c, lifted, d, t) => {
        const { evidence: _, ...bare } = lifted;
        fc.pre(bare.until !== undefined && dayNumber(t) >= meant(bare.until)[1]);
        // The state, reason and deciding decision: its days may still confirm an earlier run of the same state.
        const { confirmed: _with, ...withIt } = reach({ ...c, blocks: [...c.blocks, bare] }, d, t);
        const { confirmed: _without, ...withoutIt } = reach(c, d, t);
        expect(withIt).toEqual(withoutIt);
      }),
      RUNS,
    );
  });

  it('an unresolved obfuscated entry matches nothing', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, fc.constantFrom('silence' as const, 'suspend' as const), (c, d, t, severity) => {
        const hidden = { obfuscated: { pattern: `${d.slice(0, 1)}**${d.slice(3)}` }, severity, since: '2022' };
        expect(reach({ ...c, blocks: [...c.blocks, hidden] }, d, t)).toEqual(reach(c, d, t));
      }),
      RUNS,
    );
  });

  it('with no decision at all, a published list reaches every domain from the day it was read on, confirmed that day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOMAIN_POOL), dayArb, dayArb, (d, read, t) => {
        const c = { domain: 'c.example', blocklist: { status: 'published' as const, evidence: { url: 'https://c.example/blocks', retrieved: read } }, blocks: [] };
        const r = reach(c, d, t);
        expect(r.state).toBe(t >= read ? 'reaches' : 'unknown');
        expect(r.confirmed).toBe(t >= read ? read : undefined);
      }),
      RUNS,
    );
  });
});
