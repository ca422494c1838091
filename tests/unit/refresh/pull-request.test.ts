import { describe, expect, it } from 'vitest';
import { pullRequestPreview, pullRequestText } from '../../../src/lib/refresh/pull-request.ts';

describe('the pull request text', () => {
  it('takes the title from the summary\'s first heading, unescaped, and the summary as body', () => {
    const summary = '# Block lists read on 2026-12-01: 1 added, 0 lifted, 0 changed on 1 server\n\n| a | b |\n';
    expect(pullRequestText(summary)).toEqual({ title: 'Block lists read on 2026-12-01: 1 added, 0 lifted, 0 changed on 1 server', body: summary });
    expect(pullRequestText('# a\\*b\r\n').title).toBe('a*b');
    expect(pullRequestPreview('# T\nbody')).toBe('title: T\n\n# T\nbody\n');
  });

  it('refuses a file that is not a summary', () => {
    expect(() => pullRequestText('no heading here')).toThrow('does not start with a "# " heading');
  });
});
