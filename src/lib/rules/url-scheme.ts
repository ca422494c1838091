/** Rule: every URL is an absolute https:// URL (never http:, javascript:, data: or with a password). */
import { urlFields } from './fields.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Why a URL is refused, or undefined when it is a clean https URL. */
export function urlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${JSON.stringify(text)} is not an absolute URL: expected one starting with "https://"`;
  }
  if (url.protocol === 'http:') return `${JSON.stringify(text)} uses http: evidence must be https://, write "https://${text.slice(7)}" if the page serves it`;
  if (url.protocol !== 'https:') return `${JSON.stringify(text)} uses the "${url.protocol}" scheme, which is never allowed: expected https://`;
  if (url.username || url.password) return `${JSON.stringify(text)} contains a user name or password: remove it`;
  if (/[\s<>"]/.test(text)) return `${JSON.stringify(text)} contains spaces or characters that must be escaped`;
  return undefined;
}

/** Reports URLs that are not plain https. */
export const urlScheme: Rule = {
  name: 'url-scheme',
  description: 'Links and evidence URLs are absolute https:// URLs: never http:, javascript:, data:, nor with credentials.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text } of urlFields(file.value)) {
        const problem = urlProblem(text);
        if (problem) findings.push({ file, path, level: 'error', message: problem });
      }
    }
    return findings;
  },
};
