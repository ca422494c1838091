/** What a shard says about acting communities' past answers: written only where it differs from their silence's. */
import { describe, expect, it } from 'vitest';
import { domainPasts, shardDecision, shardPast } from '../../../src/lib/map/shard-past.ts';
import { prepareAll } from '../../../src/lib/reach/index.ts';
import { community, decision } from '../reach/helpers.ts';

describe('shardPast', () => {
  it('names the deciding decision of each stretch and the list a reaches rests on', () => {
    // Read whole on 2024-01-10; limited threads.net from 2024-03-01 until 2024-09-01.
    const [p] = prepareAll([community('a.example', 'published', [decision('threads.net', 'silence', '2024-03-01', { until: '2024-09-01' })], '2024-01-10')]);
    expect(shardPast(p!, 'threads.net')).toEqual({
      answers: ['before-list-read', '2024-01-10', 'no-decision', '2024-03-01', 'decision:0', '2024-09-01', 'no-decision'],
      // No evidence of its own: its list's stands for it.
      decisions: [{ since: '2024-03-01', until: '2024-09-01', evidence: 'https://a.example/api/v1/instance/domain_blocks' }],
      list: 'https://a.example/api/v1/instance/domain_blocks',
    });
  });

  it('is undefined when the answers are those of silence (a decision lifted the day it began), and leaves the domain\'s own server out', () => {
    const cs = prepareAll([
      community('a.example', 'unknown', [decision('threads.net', 'suspend', '2024-05-01', { until: '2024-05-01' })]),
      community('threads.net', 'partial', [decision('threads.net', 'suspend', '2024-05-01')]),
    ]);
    expect(shardPast(cs[0]!, 'threads.net')).toBeUndefined();
    expect(domainPasts(cs, 'threads.net').size).toBe(0);
  });
});

describe('shardDecision', () => {
  it('keeps the dates as the data gives them, marks "on or before", and names a parent domain', () => {
    expect(shardDecision(decision('meta.example', 'suspend', { on_or_before: '2023-06-18' }, { until: '2024' }), 'threads.meta.example', undefined)).toEqual({ since: '2023-06-18', onOrBefore: true, until: '2024', via: 'meta.example' });
    expect(shardDecision(decision('threads.net', 'silence', '2023-07', { evidence: { url: 'https://x.example/a', retrieved: '2023-07-02', kind: 'announcement' } }), 'threads.net', 'https://x.example/list')).toEqual({ since: '2023-07', evidence: 'https://x.example/a' });
  });
});
