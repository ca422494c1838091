/**
 * The pull request a scheduled refresh opens: its title is the summary's first heading, its body the summary.
 * `npm run refresh -- --print-pr FILE` prints both, so the workflow's pull-request step can be tried as a dry run.
 */

/** The title and body of the pull request for a summary written by `markdownSummary`. */
export function pullRequestText(summary: string): { title: string; body: string } {
  const text = summary.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const first = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const heading = /^#\s+(.+)$/.exec(first.trim());
  if (!heading) throw new Error('the summary does not start with a "# " heading (was it written by npm run refresh -- --summary FILE?)');
  const title = heading[1]!.replace(/\\(.)/g, '$1').trim();
  return { title, body: text.endsWith('\n') ? text : `${text}\n` };
}

/** What `--print-pr` prints: the title, a blank line, the body. */
export function pullRequestPreview(summary: string): string {
  const { title, body } = pullRequestText(summary);
  return `title: ${title}\n\n${body}`;
}
